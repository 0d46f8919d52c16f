import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';
import { classifyStorageError, createAutosave } from '../../src/store/autosave';
import { record, startHistory } from '../../src/store/history';
import { HISTORY_KEY, loadHistoryCodec } from '../../src/store/historyCodec';
import { MemoryStorage } from '../../src/store/memoryStorage';

const template = createSocialMediaWorkshop('2026-11-22');
const step = (activityId: string) => assign(template, { activityId, departmentId: 'pr', role: 'A' });
const SLOT = 'raci-workshop/workshops/w1';
const saved = (storage: MemoryStorage) => {
  const result = parseWorkshopFile(storage.getItem(SLOT) ?? '');
  return result.ok ? result.document : undefined;
};

describe('createAutosave', () => {
  let storage: MemoryStorage;
  let problems: (string | undefined)[];
  let savedTimes: [string, string][];
  beforeEach(() => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    problems = [];
    savedTimes = [];
  });
  afterEach(() => vi.useRealTimers());
  const start = (historyStorage?: MemoryStorage) =>
    createAutosave({
      storage,
      historyStorage,
      slotKey: () => SLOT,
      appVersion: '0.1.0',
      onProblem: (p) => problems.push(p),
      onSaved: (savedAt, doc) => savedTimes.push([savedAt, doc.title]),
      now: () => new Date('2026-11-22T10:00:00Z'),
    });

  it('writes the latest document at most once per 300 ms', () => {
    const autosave = start();
    const setItem = vi.spyOn(storage, 'setItem');
    autosave.schedule(startHistory(step('crisis')));
    autosave.schedule(startHistory(step('policy')));
    vi.advanceTimersByTime(299);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(saved(storage)).toEqual(step('policy'));
  });

  it('flushes at once when asked (page hidden or closing)', () => {
    const autosave = start();
    autosave.schedule(startHistory(step('crisis')));
    autosave.flush();
    expect(saved(storage)).toEqual(step('crisis'));
  });

  it('keeps the undo history in the tab storage too, once its codec has loaded', async () => {
    await loadHistoryCodec();
    const tab = new MemoryStorage();
    const autosave = start(tab);
    autosave.schedule(record(startHistory(template), step('crisis')));
    autosave.flush();
    expect(tab.getItem(HISTORY_KEY)).not.toBeNull();
  });

  it('reports a full storage, keeps the change, and retries', () => {
    const autosave = start();
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    autosave.schedule(startHistory(step('crisis')));
    autosave.flush();
    expect(problems).toEqual(['full']);
    expect(storage.getItem(SLOT)).toBeNull();
    storage.failWith = undefined;
    autosave.flush();
    expect(saved(storage)).toEqual(step('crisis'));
    expect(problems).toEqual(['full', undefined]);
  });

  it('tries a refused write again by itself, and clears the warning once storage has room', () => {
    const autosave = start();
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    autosave.schedule(startHistory(step('crisis')));
    vi.advanceTimersByTime(300);
    expect(problems).toEqual(['full']);
    expect(autosave.unsaved()).toEqual(step('crisis'));
    storage.failWith = undefined;
    vi.advanceTimersByTime(2000);
    expect(saved(storage)).toEqual(step('crisis'));
    expect(problems).toEqual(['full', undefined]);
    expect(autosave.unsaved()).toBeUndefined();
  });

  it('holds changes back while told to, and writes them once released', () => {
    let held = true;
    const autosave = createAutosave({ storage, slotKey: () => SLOT, appVersion: '0.1.0', onProblem: () => undefined, held: () => held });
    autosave.schedule(startHistory(step('crisis')));
    vi.advanceTimersByTime(300);
    autosave.flush();
    expect(storage.getItem(SLOT)).toBeNull();
    expect(autosave.unsaved()).toEqual(step('crisis'));
    held = false;
    autosave.flush();
    expect(saved(storage)).toEqual(step('crisis'));
  });

  it('reports each write with the time written into the file', () => {
    const autosave = start();
    autosave.schedule(startHistory(step('crisis')));
    autosave.flush();
    expect(savedTimes).toEqual([['2026-11-22T10:00:00.000Z', template.title]]);
    expect(JSON.parse(storage.getItem(SLOT) ?? '{}').savedAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('does not write a document marked as already saved (a workshop just opened)', () => {
    const autosave = start();
    const opened = step('crisis');
    autosave.markSaved(opened);
    autosave.schedule(startHistory(opened));
    autosave.flush();
    expect(storage.getItem(SLOT)).toBeNull();
    autosave.markSaved(undefined);
    autosave.schedule(startHistory(opened));
    autosave.flush();
    expect(saved(storage)).toEqual(opened);
  });

  it('writes to the slot of the moment (switching workshops moves it)', () => {
    let slot = 'raci-workshop/workshops/a';
    const autosave = createAutosave({ storage, slotKey: () => slot, appVersion: '0.1.0', onProblem: () => undefined });
    autosave.schedule(startHistory(step('crisis')));
    autosave.flush();
    slot = 'raci-workshop/workshops/b';
    autosave.schedule(startHistory(step('policy')));
    autosave.flush();
    expect([...storage.items.keys()]).toEqual(['raci-workshop/workshops/a', 'raci-workshop/workshops/b']);
  });

  it('tells unavailable storage from full storage', () => {
    expect(classifyStorageError(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('no', 'QuotaExceededError'))).toBe('full');
    expect(classifyStorageError(new DOMException('no', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('full');
  });
});
