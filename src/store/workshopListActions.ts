import { localIsoDate } from '../domain/calendarDate';
import { renameWorkshop } from '../domain/documentEdits';
import type { RaciDocument } from '../domain/model';
import { createSocialMediaWorkshop } from '../domain/templates/socialMedia';
import { currentDocument, useDocumentStore } from './documentStore';
import { useSessionStore } from './sessionStore';
import { activate, activeIdOrThrow, addWorkshop, connected, refreshWorkshops, settleHeldChanges, showKeptAside, useLibraryStore, writeNow } from './workshopLibrary';
import { newWorkshopId, readWorkshop, workshopKey, type SlotRead } from './workshopSlots';

/*
 * What the Workshops list and the "changed in another tab" notice do to the stored workshops. Apart from
 * the library's connection (workshopLibrary.ts), because only those two load it: not the first paint.
 */

/** Opens another workshop of the library; one that cannot be read is kept aside instead. */
export function switchWorkshop(id: string): SlotRead {
  const c = connected();
  if (id === useLibraryStore.getState().activeId) return { kind: 'ok', document: currentDocument(), warnings: [], ignored: [] };
  c.autosave.flush();
  const read = readWorkshop(c.storage, id, c.now());
  if (read.kind === 'ok') {
    useDocumentStore.getState().replace(read.document, { resetHistory: true });
    activate(id, read.document);
    useSessionStore.getState().setRepairs({ source: `“${read.document.title}”`, warnings: read.warnings, ignored: read.ignored });
  } else if (read.kind === 'unreadable') {
    showKeptAside(read.kept);
  }
  refreshWorkshops();
  return read;
}

/** The open workshop is renamed undoably, like the title field does; another one is rewritten in its slot. */
export function renameLibraryWorkshop(id: string, title: string): void {
  const c = connected();
  if (id === useLibraryStore.getState().activeId) {
    useDocumentStore.getState().apply((doc) => renameWorkshop(doc, title));
    return;
  }
  const read = readWorkshop(c.storage, id, c.now());
  if (read.kind === 'ok') {
    const renamed = renameWorkshop(read.document, title);
    if (renamed !== read.document) writeNow(id, renamed);
  } else if (read.kind === 'unreadable') {
    showKeptAside(read.kept);
  }
  refreshWorkshops();
}

/** Copies a workshop under a new name ("… (copy)"); returns the copy's title, or undefined when it failed. */
export function duplicateWorkshop(id: string): string | undefined {
  const c = connected();
  let source: RaciDocument | undefined;
  if (id === useLibraryStore.getState().activeId) {
    source = currentDocument();
  } else {
    const read = readWorkshop(c.storage, id, c.now());
    if (read.kind === 'ok') source = read.document;
    else if (read.kind === 'unreadable') showKeptAside(read.kept);
  }
  let copy: RaciDocument | undefined;
  if (source) {
    copy = { ...source, title: `${source.title} (copy)` };
    if (!writeNow(newWorkshopId(c.now()), copy)) copy = undefined;
  }
  refreshWorkshops();
  return copy?.title;
}

/** Removes a workshop for good (the list asks first). Deleting the open one opens the most recent other. */
export function deleteWorkshop(id: string): void {
  const c = connected();
  const wasActive = id === useLibraryStore.getState().activeId;
  // A pending autosave must not bring the deleted workshop back.
  if (wasActive) c.autosave.markSaved(currentDocument());
  c.storage.removeItem(workshopKey(id));
  refreshWorkshops();
  if (!wasActive) return;
  for (const next of useLibraryStore.getState().workshops) {
    if (switchWorkshop(next.id).kind === 'ok') return;
  }
  addWorkshop(createSocialMediaWorkshop(localIsoDate(new Date())));
}

/** Settles a clash with another tab: take its version (undoable here) or write this tab's over it. */
export function resolveChangedElsewhere(keep: 'theirs' | 'mine'): void {
  const c = connected();
  const id = activeIdOrThrow();
  useLibraryStore.setState({ changedElsewhere: false });
  settleHeldChanges(keep === 'mine');
  if (keep === 'theirs') {
    const read = readWorkshop(c.storage, id, c.now());
    if (read.kind === 'ok') {
      c.autosave.markSaved(read.document);
      useDocumentStore.getState().replace(read.document);
      return;
    }
    if (read.kind === 'unreadable') showKeptAside(read.kept);
  }
  c.autosave.markSaved(undefined);
  c.autosave.schedule(useDocumentStore.getState().history);
  c.autosave.flush();
}
