import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import {
  AUTOSAVE_KEY,
  classifyStorageError,
  createAutosave,
  KEPT_ASIDE_PREFIX,
  listKeptAside,
  restoreAutosave,
} from '../../src/store/autosave';
import { record, startHistory } from '../../src/store/history';
import { HISTORY_KEY } from '../../src/store/historySnapshot';
import { MemoryStorage } from './memoryStorage';

const template = createSocialMediaWorkshop('2026-11-22');
const step = (activityId: string) => assign(template, { activityId, departmentId: 'pr', role: 'A' });
const saved = (storage: MemoryStorage) => {
  const result = parseWorkshopFile(storage.getItem(AUTOSAVE_KEY) ?? '');
  return result.ok ? result.document : undefined;
};

describe('createAutosave', () => {
  let storage: MemoryStorage;
  let problems: (string | undefined)[];
  beforeEach(() => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    problems = [];
  });
  afterEach(() => vi.useRealTimers());
  const start = (historyStorage?: MemoryStorage) =>
    createAutosave({ storage, historyStorage, appVersion: '0.1.0', onProblem: (p) => problems.push(p) });

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

  it('keeps the undo history in the tab storage too', () => {
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
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    storage.failWith = undefined;
    autosave.flush();
    expect(saved(storage)).toEqual(step('crisis'));
    expect(problems).toEqual(['full', undefined]);
  });

  it('tells unavailable storage from full storage', () => {
    expect(classifyStorageError(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('no', 'QuotaExceededError'))).toBe('full');
    expect(classifyStorageError(new DOMException('no', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('full');
  });
});

describe('restoreAutosave', () => {
  it('finds nothing on a first visit', () => {
    expect(restoreAutosave(new MemoryStorage())).toEqual({ kind: 'empty' });
  });

  it('restores a saved workshop', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, serializeWorkshop(step('crisis'), { savedAt: '', appVersion: '0.1.0' }));
    expect(restoreAutosave(storage)).toEqual({ kind: 'restored', document: step('crisis'), warnings: [] });
  });

  it('keeps an unreadable workshop aside, untouched', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"format":"raci-workshop", broken');
    const result = restoreAutosave(storage, new Date('2026-11-22T10:00:00Z'));
    expect(result.kind === 'unreadable' && result.safeToOverwrite).toBe(true);
    expect(storage.getItem(`${KEPT_ASIDE_PREFIX}2026-11-22T10:00:00.000Z`)).toBe('{"format":"raci-workshop", broken');
    expect(listKeptAside(storage)).toEqual([expect.objectContaining({ text: '{"format":"raci-workshop", broken' })]);
  });

  it('says not to overwrite when even the copy aside fails', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ format: 'raci-workshop', schemaVersion: 7, document: {} }));
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const result = restoreAutosave(storage);
    expect(result).toMatchObject({ kind: 'unreadable', safeToOverwrite: false, kept: { key: undefined } });
    expect(result.kind === 'unreadable' && result.kept.reason).toMatch(/newer version/);
  });
});
