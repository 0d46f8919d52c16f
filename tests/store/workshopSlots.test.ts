import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { MemoryStorage } from '../../src/store/memoryStorage';
import {
  importLegacyAutosave,
  KEPT_ASIDE_PREFIX,
  LEGACY_AUTOSAVE_KEY,
  listKeptAside,
  listWorkshops,
  newWorkshopId,
  readWorkshop,
  sortWorkshops,
  workshopKey,
  writeWorkshop,
} from '../../src/store/workshopSlots';

const template = createSocialMediaWorkshop('2026-11-22');
const filled = assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
const at = (savedAt: string) => ({ savedAt, appVersion: '0.1.0' });
const now = new Date('2026-11-22T10:00:00Z');

describe('the workshop slots', () => {
  it('list every workshop with its title and last change, newest first', () => {
    const storage = new MemoryStorage();
    writeWorkshop(storage, 'old', { ...template, title: 'Retail' }, at('2026-10-01T09:00:00.000Z'));
    writeWorkshop(storage, 'new', { ...template, title: 'Wholesale' }, at('2026-11-20T09:00:00.000Z'));
    storage.setItem('raci-workshop/active', 'new');
    storage.setItem(workshopKey('junk'), 'not json at all');
    expect(listWorkshops(storage)).toEqual([
      { id: 'new', title: 'Wholesale', changedAt: '2026-11-20T09:00:00.000Z' },
      { id: 'old', title: 'Retail', changedAt: '2026-10-01T09:00:00.000Z' },
    ]);
  });

  it('read a workshop back exactly as written', () => {
    const storage = new MemoryStorage();
    writeWorkshop(storage, 'w', filled, at('2026-11-22T10:00:00.000Z'));
    expect(readWorkshop(storage, 'w')).toEqual({ kind: 'ok', document: filled, warnings: [], ignored: [] });
    expect(readWorkshop(storage, 'gone')).toEqual({ kind: 'missing' });
  });

  it('move an unreadable workshop aside, untouched, and out of the list', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ format: 'raci-workshop', schemaVersion: 7, document: { title: 'Future' } });
    storage.setItem(workshopKey('w'), newer);
    const read = readWorkshop(storage, 'w', now);
    expect(read).toMatchObject({ kind: 'unreadable', kept: { key: `${KEPT_ASIDE_PREFIX}2026-11-22T10:00:00.000Z`, text: newer } });
    expect(read.kind === 'unreadable' && read.kept.reason).toMatch(/newer version/);
    expect(storage.getItem(workshopKey('w'))).toBeNull();
    expect(listWorkshops(storage)).toEqual([]);
    expect(listKeptAside(storage)).toEqual([expect.objectContaining({ text: newer })]);
  });

  it('leave an unreadable workshop where it is when there is no room for the copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(workshopKey('w'), '{"format":"raci-workshop", broken');
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const read = readWorkshop(storage, 'w', now);
    expect(read).toMatchObject({ kind: 'unreadable', kept: { key: workshopKey('w') } });
    expect(storage.getItem(workshopKey('w'))).toBe('{"format":"raci-workshop", broken');
  });

  it('never overwrite an earlier kept-aside copy made at the same moment', () => {
    const storage = new MemoryStorage();
    storage.setItem(workshopKey('a'), '{broken a');
    storage.setItem(workshopKey('b'), '{broken b');
    readWorkshop(storage, 'a', now);
    readWorkshop(storage, 'b', now);
    expect(listKeptAside(storage).map((k) => k.text).sort()).toEqual(['{broken a', '{broken b']);
  });
});

describe('importing the single workshop of earlier versions', () => {
  it('moves it into the library and removes the old key', () => {
    const storage = new MemoryStorage();
    const text = serializeWorkshop(filled, at('2026-11-01T08:00:00.000Z'));
    storage.setItem(LEGACY_AUTOSAVE_KEY, text);
    const result = importLegacyAutosave(storage, now);
    expect(result.kept).toBeUndefined();
    const id = result.imported?.id ?? '';
    expect(storage.getItem(workshopKey(id))).toBe(text);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
  });

  it('keeps an unreadable one aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_AUTOSAVE_KEY, '{"format":"raci-workshop", broken');
    const result = importLegacyAutosave(storage, now);
    expect(result.imported).toBeUndefined();
    expect(result.kept?.key).toBe(`${KEPT_ASIDE_PREFIX}2026-11-22T10:00:00.000Z`);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
  });

  it('leaves it in place, offered for download, when there is no room to move it', () => {
    const storage = new MemoryStorage();
    const text = serializeWorkshop(filled, at('2026-11-01T08:00:00.000Z'));
    storage.setItem(LEGACY_AUTOSAVE_KEY, text);
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const result = importLegacyAutosave(storage, now);
    expect(result.kept).toMatchObject({ key: LEGACY_AUTOSAVE_KEY, text });
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBe(text);
  });

  it('does nothing on a first visit', () => {
    expect(importLegacyAutosave(new MemoryStorage(), now)).toEqual({ imported: undefined, kept: undefined });
  });
});

describe('sortWorkshops', () => {
  it('puts the newer workshop first when two were saved in the same millisecond', () => {
    const at = '2026-11-22T10:00:00.000Z';
    const older = { id: 'mhx1a2b3-aaaaaa', title: 'A', changedAt: at };
    const newer = { id: 'mhx1a2b4-zzzzzz', title: 'B', changedAt: at };
    expect(sortWorkshops([older, newer]).map((w) => w.title)).toEqual(['B', 'A']);
  });

  it('orders workshops made in one millisecond by their ids, the later one first', () => {
    const sameInstant = new Date('2026-11-22T10:00:00.000Z');
    const first = { id: newWorkshopId(sameInstant), title: 'first', changedAt: sameInstant.toISOString() };
    const second = { id: newWorkshopId(sameInstant), title: 'second', changedAt: sameInstant.toISOString() };
    expect(sortWorkshops([first, second]).map((w) => w.title)).toEqual(['second', 'first']);
  });
});
