// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { saveWorkshopFile, workshopFileName } from '../../../src/features/library/saveWorkshopFile';
import { parseWorkshopFile } from '../../../src/format/parseWorkshopFile';

const doc = createExampleWorkshop('2026-11-22');
type PickerWindow = { showSaveFilePicker?: unknown };

describe('saveWorkshopFile', () => {
  afterEach(() => {
    delete (window as PickerWindow).showSaveFilePicker;
    vi.restoreAllMocks();
  });

  it('names the file after the title', () => {
    expect(workshopFileName({ ...doc, title: 'Q1/Q2 social: plan' })).toBe('Q1 Q2 social plan.raci.json');
  });

  it('writes through the save picker where the browser has one', async () => {
    const written: Blob[] = [];
    const picker = vi.fn(async () => ({
      createWritable: async () => ({ write: async (blob: Blob) => void written.push(blob), close: async () => undefined }),
    }));
    (window as PickerWindow).showSaveFilePicker = picker;
    expect(await saveWorkshopFile(doc)).toEqual({ kind: 'saved', fileName: 'Who owns social media (example).raci.json' });
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: workshopFileName(doc) }));
    const parsed = parseWorkshopFile(await written[0]!.text());
    expect(parsed.ok && parsed.document).toEqual(doc);
  });

  it('reports a cancelled picker without writing anything', async () => {
    (window as PickerWindow).showSaveFilePicker = vi.fn(async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    });
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    expect(await saveWorkshopFile(doc)).toEqual({ kind: 'cancelled' });
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('downloads where there is no picker', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(await saveWorkshopFile(doc)).toMatchObject({ kind: 'saved' });
    expect(click).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blobs[0]!.text()).document.title).toBe(doc.title);
  });
});
