import { beforeEach, describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { createBlankWorkshop } from '../../src/domain/templates/blank';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { currentDocument, useDocumentStore } from '../../src/store/documentStore';
import { HISTORY_KEY, loadHistoryCodec } from '../../src/store/historyCodec';
import { MemoryStorage } from '../../src/store/memoryStorage';
import { useSessionStore } from '../../src/store/sessionStore';
import { addWorkshop, connectLibrary, flushLibrary, noticeStorageChange, useLibraryStore } from '../../src/store/workshopLibrary';
import { deleteWorkshop, duplicateWorkshop, renameLibraryWorkshop, resolveChangedElsewhere, switchWorkshop } from '../../src/store/workshopListActions';
import {
  ACTIVE_WORKSHOP_KEY,
  LEGACY_AUTOSAVE_KEY,
  readWorkshop,
  TAB_WORKSHOP_KEY,
  workshopKey,
  writeWorkshop,
} from '../../src/store/workshopSlots';

const template = createSocialMediaWorkshop('2026-11-22');
const retail = { ...assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' }), title: 'Retail' };
const wholesale = { ...template, title: 'Wholesale' };
const at = (savedAt: string) => ({ savedAt, appVersion: '0.1.0' });

let storage: MemoryStorage;
let tab: MemoryStorage;
let clock: number;
const connect = () =>
  connectLibrary({ storage, tabStorage: tab, appVersion: '0.1.0', now: () => new Date((clock += 1000)) });
const titles = () => useLibraryStore.getState().workshops.map((w) => w.title);
const activeTitle = () => useLibraryStore.getState().workshops.find((w) => w.id === useLibraryStore.getState().activeId)?.title;

beforeEach(() => {
  storage = new MemoryStorage();
  tab = new MemoryStorage();
  clock = Date.parse('2026-11-22T10:00:00Z');
  useDocumentStore.getState().replace(template, { resetHistory: true });
  useSessionStore.setState(useSessionStore.getInitialState(), true);
  useLibraryStore.setState(useLibraryStore.getInitialState(), true);
});

describe('starting the library', () => {
  it('puts the template in as the first workshop on a first visit', () => {
    connect();
    expect(titles()).toEqual([template.title]);
    const id = useLibraryStore.getState().activeId ?? '';
    expect(readWorkshop(storage, id)).toMatchObject({ kind: 'ok', document: template });
    expect(storage.getItem(ACTIVE_WORKSHOP_KEY)).toBe(id);
  });

  it('reopens the workshop this tab had open, before the one another tab opened last', () => {
    writeWorkshop(storage, 'r', retail, at('2026-11-01T00:00:00.000Z'));
    writeWorkshop(storage, 'w', wholesale, at('2026-11-02T00:00:00.000Z'));
    storage.setItem(ACTIVE_WORKSHOP_KEY, 'w');
    tab.setItem(TAB_WORKSHOP_KEY, 'r');
    connect();
    expect(currentDocument()).toEqual(retail);
    expect(titles()).toEqual(['Wholesale', 'Retail']);
  });

  it('imports the single workshop of earlier versions and opens it', () => {
    storage.setItem(LEGACY_AUTOSAVE_KEY, serializeWorkshop(retail, at('2026-11-01T00:00:00.000Z')));
    connect();
    expect(currentDocument()).toEqual(retail);
    expect(titles()).toEqual(['Retail']);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
  });

  it('keeps an unreadable workshop aside and opens the next one', () => {
    writeWorkshop(storage, 'w', wholesale, at('2026-11-02T00:00:00.000Z'));
    storage.setItem(workshopKey('bad'), JSON.stringify({ format: 'raci-workshop', schemaVersion: 9, document: { title: 'Future' } }));
    storage.setItem(ACTIVE_WORKSHOP_KEY, 'bad');
    connect();
    expect(currentDocument()).toEqual(wholesale);
    expect(useSessionStore.getState().keptAside).toEqual([expect.objectContaining({ reason: expect.stringMatching(/newer version/) })]);
    expect(titles()).toEqual(['Wholesale']);
  });

  it('restores the undo history of this tab with its workshop, once the history codec has loaded', async () => {
    connect();
    await loadHistoryCodec();
    useDocumentStore.getState().replace(retail);
    flushLibrary();
    expect(tab.getItem(HISTORY_KEY)).not.toBeNull();
    useDocumentStore.getState().replace(template, { resetHistory: true });
    connect();
    expect(currentDocument()).toEqual(retail);
    await loadHistoryCodec();
    useDocumentStore.getState().undo();
    expect(currentDocument()).toEqual(template);
  });

  it('does not restore a history over an edit made before it loaded', async () => {
    connect();
    await loadHistoryCodec();
    useDocumentStore.getState().replace(retail);
    flushLibrary();
    useDocumentStore.getState().replace(template, { resetHistory: true });
    connect();
    useDocumentStore.getState().replace(wholesale);
    await loadHistoryCodec();
    useDocumentStore.getState().undo();
    expect(currentDocument()).toEqual(retail);
    expect(useDocumentStore.getState().history.past).toEqual([]);
  });
});

describe('working with several workshops', () => {
  it('adds a workshop and opens it, leaving the one that was open as it was', () => {
    connect();
    useDocumentStore.getState().replace(retail);
    addWorkshop(wholesale);
    expect(currentDocument()).toEqual(wholesale);
    expect(useDocumentStore.getState().history.past).toEqual([]);
    expect(titles().sort()).toEqual(['Retail', 'Wholesale']);
    const retailId = useLibraryStore.getState().workshops.find((w) => w.title === 'Retail')?.id ?? '';
    expect(readWorkshop(storage, retailId)).toMatchObject({ kind: 'ok', document: retail });
  });

  it('switches between workshops, each with its own changes', () => {
    connect();
    const firstId = useLibraryStore.getState().activeId ?? '';
    addWorkshop(wholesale);
    useDocumentStore.getState().apply((doc) => assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'A' }));
    switchWorkshop(firstId);
    expect(currentDocument()).toEqual(template);
    const wholesaleId = useLibraryStore.getState().workshops.find((w) => w.title === 'Wholesale')?.id ?? '';
    const back = switchWorkshop(wholesaleId);
    expect(back.kind === 'ok' && back.document.assignments).toEqual([{ activityId: 'policy', departmentId: 'legal', role: 'A' }]);
  });

  it('shows the last change time of the open workshop as it autosaves', () => {
    connect();
    const before = useLibraryStore.getState().workshops[0]?.changedAt;
    useDocumentStore.getState().apply((doc) => ({ ...doc, title: 'Renamed' }));
    flushLibrary();
    const after = useLibraryStore.getState().workshops[0];
    expect(after?.title).toBe('Renamed');
    expect(after?.changedAt && before && after.changedAt > before).toBe(true);
  });

  it('renames the open workshop undoably, and another one in its slot', () => {
    connect();
    addWorkshop(wholesale);
    const other = useLibraryStore.getState().workshops.find((w) => w.title !== 'Wholesale')?.id ?? '';
    renameLibraryWorkshop(useLibraryStore.getState().activeId ?? '', 'Wholesale EMEA');
    expect(currentDocument().title).toBe('Wholesale EMEA');
    useDocumentStore.getState().undo();
    expect(currentDocument().title).toBe('Wholesale');
    renameLibraryWorkshop(other, 'Retail DACH');
    expect(readWorkshop(storage, other)).toMatchObject({ kind: 'ok', document: { title: 'Retail DACH' } });
    expect(titles()).toContain('Retail DACH');
  });

  it('duplicates a workshop, unsaved changes of the open one included', () => {
    connect();
    useDocumentStore.getState().replace(retail);
    expect(duplicateWorkshop(useLibraryStore.getState().activeId ?? '')).toBe('Retail (copy)');
    const copy = useLibraryStore.getState().workshops.find((w) => w.title === 'Retail (copy)')?.id ?? '';
    expect(readWorkshop(storage, copy)).toMatchObject({ kind: 'ok', document: { ...retail, title: 'Retail (copy)' } });
    expect(currentDocument()).toEqual(retail);
  });

  it('deletes a workshop; deleting the open one opens the most recent other, or a new one', () => {
    connect();
    const firstId = useLibraryStore.getState().activeId ?? '';
    addWorkshop(wholesale);
    deleteWorkshop(firstId);
    expect(titles()).toEqual(['Wholesale']);
    expect(currentDocument()).toEqual(wholesale);
    useDocumentStore.getState().apply((doc) => ({ ...doc, title: 'Changed before deleting' }));
    deleteWorkshop(useLibraryStore.getState().activeId ?? '');
    flushLibrary();
    expect(titles()).toEqual([template.title]);
    expect(activeTitle()).toBe(template.title);
  });
});

describe('another tab', () => {
  it('flags a change to the open workshop; taking theirs is undoable', () => {
    connect();
    const id = useLibraryStore.getState().activeId ?? '';
    writeWorkshop(storage, id, retail, at('2026-11-22T11:00:00.000Z'));
    noticeStorageChange(workshopKey(id));
    expect(useLibraryStore.getState().changedElsewhere).toBe(true);
    resolveChangedElsewhere('theirs');
    expect(currentDocument()).toEqual(retail);
    expect(useLibraryStore.getState().changedElsewhere).toBe(false);
    useDocumentStore.getState().undo();
    expect(currentDocument()).toEqual(template);
  });

  it('keeping mine writes it over theirs at once', () => {
    connect();
    const id = useLibraryStore.getState().activeId ?? '';
    writeWorkshop(storage, id, retail, at('2026-11-22T11:00:00.000Z'));
    noticeStorageChange(workshopKey(id));
    resolveChangedElsewhere('mine');
    expect(readWorkshop(storage, id)).toMatchObject({ kind: 'ok', document: template });
  });

  it('holds changes back while the clash is open, so theirs is not overwritten', () => {
    connect();
    const id = useLibraryStore.getState().activeId ?? '';
    writeWorkshop(storage, id, retail, at('2026-11-22T11:00:00.000Z'));
    noticeStorageChange(workshopKey(id));
    useDocumentStore.getState().apply((doc) => assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'A' }));
    flushLibrary();
    expect(readWorkshop(storage, id)).toMatchObject({ kind: 'ok', document: retail });
    // Hidden or left with the clash open: this tab's changes are kept as a workshop of their own.
    const copy = useLibraryStore.getState().workshops.find((w) => w.title === `${template.title} (changes from a second tab)`);
    expect(copy).toBeDefined();
    expect(readWorkshop(storage, copy?.id ?? '')).toMatchObject({ kind: 'ok', document: { assignments: currentDocument().assignments } });
    // Keeping this tab's version writes it over theirs, and the copy is no longer needed.
    resolveChangedElsewhere('mine');
    expect(readWorkshop(storage, id)).toMatchObject({ kind: 'ok', document: currentDocument() });
    expect(storage.getItem(workshopKey(copy?.id ?? ''))).toBeNull();
  });

  it('writes the open workshop back when another tab deletes it or the site data is cleared', () => {
    connect();
    const id = useLibraryStore.getState().activeId ?? '';
    storage.items.clear();
    noticeStorageChange(null);
    flushLibrary();
    expect(readWorkshop(storage, id)).toMatchObject({ kind: 'ok', document: template });
  });

  it('keeps the list true when another tab adds a workshop', () => {
    connect();
    writeWorkshop(storage, 'from-other-tab', wholesale, at('2026-11-23T00:00:00.000Z'));
    noticeStorageChange(workshopKey('from-other-tab'));
    expect(titles()).toEqual(['Wholesale', template.title]);
    expect(useLibraryStore.getState().changedElsewhere).toBe(false);
  });
});

describe('storage taken away mid-session', () => {
  it('moves the library to memory: the open workshop and what comes after stay for the tab, with the warning', () => {
    connect();
    const firstId = useLibraryStore.getState().activeId ?? '';
    useDocumentStore.getState().apply((doc) => assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'A' }));
    const edited = currentDocument();
    storage.failWith = new DOMException('The operation is insecure.', 'SecurityError');
    flushLibrary();
    expect(useSessionStore.getState().storageProblem).toBe('unavailable');

    addWorkshop(createBlankWorkshop('2026-11-22'));
    expect(currentDocument().title).not.toBe(edited.title);
    expect(switchWorkshop(firstId)).toMatchObject({ kind: 'ok', document: edited });
    expect(currentDocument()).toEqual(edited);
    // Still warned: nothing of this reaches the browser's storage.
    expect(useSessionStore.getState().storageProblem).toBe('unavailable');
  });

  it('stays on storage that is merely full: it still holds what was saved, and a retry may find room', () => {
    connect();
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    useDocumentStore.getState().apply((doc) => assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'A' }));
    flushLibrary();
    expect(useSessionStore.getState().storageProblem).toBe('full');
    storage.failWith = undefined;
    flushLibrary();
    expect(readWorkshop(storage, useLibraryStore.getState().activeId ?? '')).toMatchObject({ kind: 'ok', document: currentDocument() });
    expect(useSessionStore.getState().storageProblem).toBeUndefined();
  });
});

describe('without storage', () => {
  it('still holds several workshops for the tab, and keeps the storage notice', () => {
    useSessionStore.getState().setStorageProblem('unavailable');
    connectLibrary({ storage, appVersion: '0.1.0', memoryOnly: true });
    addWorkshop(createBlankWorkshop('2026-11-22'));
    flushLibrary();
    expect(titles()).toHaveLength(2);
    expect(useSessionStore.getState().storageProblem).toBe('unavailable');
  });
});
