import { useEffect, useState, type KeyboardEvent } from 'react';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { refreshWorkshops, useLibraryStore } from '../../store/workshopLibrary';
import { deleteWorkshop, duplicateWorkshop, renameLibraryWorkshop, switchWorkshop } from '../../store/workshopListActions';
import type { WorkshopSummary } from '../../store/workshopSlots';
import { Dialog } from '../../ui/Dialog';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Mode = { readonly kind: 'renaming'; readonly id: string; readonly draft: string } | { readonly kind: 'confirming-delete'; readonly id: string };

function ChangedAt({ at }: { readonly at: string | undefined }) {
  if (at === undefined) return <span className="workshops__time">Last change not known</span>;
  return (
    <span className="workshops__time">
      Last changed <time dateTime={at}>{timeFormat.format(new Date(at))}</time>
    </span>
  );
}

/** The library: every workshop in this browser, to switch to, rename, duplicate or delete. */
export function WorkshopsDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const workshops = useLibraryStore((s) => s.workshops);
  const activeId = useLibraryStore((s) => s.activeId);
  // The open workshop's title is live: a rename in the title field shows here before the autosave runs.
  const activeTitle = useDocumentStore((s) => selectDocument(s).title);
  const [mode, setMode] = useState<Mode | undefined>(undefined);
  const close = () => showDialog(undefined);

  useEffect(refreshWorkshops, []);

  const titleOf = (w: WorkshopSummary) => (w.id === activeId ? activeTitle : w.title);

  const openWorkshop = (w: WorkshopSummary) => {
    const read = switchWorkshop(w.id);
    if (read.kind === 'ok') {
      close();
      announce(`Opened the workshop ${read.document.title}.`);
    } else if (read.kind === 'unreadable') {
      announce(`${w.title} could not be opened, so it was kept aside; see the notice above the board.`);
    } else {
      announce(`${w.title} is no longer here: it was deleted in another tab.`);
    }
  };

  const finishRename = (w: WorkshopSummary, draft: string) => {
    setMode(undefined);
    if (draft.trim() === '' || draft.trim() === titleOf(w)) return;
    renameLibraryWorkshop(w.id, draft);
    announce(`Renamed to ${draft.trim()}.`);
  };

  const onRenameKey = (event: KeyboardEvent<HTMLInputElement>, w: WorkshopSummary, draft: string) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finishRename(w, draft);
    } else if (event.key === 'Escape') {
      // Escape drops the draft; without this the dialog itself would close too.
      event.preventDefault();
      event.stopPropagation();
      setMode(undefined);
    }
  };

  const duplicate = (w: WorkshopSummary) => {
    const copy = duplicateWorkshop(w.id);
    announce(copy ? `Duplicated as ${copy}.` : `${titleOf(w)} could not be duplicated.`);
  };

  const remove = (w: WorkshopSummary) => {
    const title = titleOf(w);
    setMode(undefined);
    deleteWorkshop(w.id);
    announce(`Deleted the workshop ${title}.`);
  };

  return (
    <Dialog title="Workshops" onClose={close} className="workshops">
      <p>Every workshop kept in this browser. The open one is saved as you work.</p>
      <ul className="workshops__list" aria-label="Workshops">
        {workshops.map((w) => {
          const title = titleOf(w);
          const active = w.id === activeId;
          return (
            <li key={w.id} className={active ? 'workshops__item workshops__item--active' : 'workshops__item'} aria-current={active ? 'true' : undefined}>
              {mode?.kind === 'renaming' && mode.id === w.id ? (
                <input
                  className="workshops__rename"
                  aria-label={`New name for ${title}`}
                  value={mode.draft}
                  maxLength={120}
                  autoFocus
                  onChange={(event) => setMode({ ...mode, draft: event.target.value })}
                  onKeyDown={(event) => onRenameKey(event, w, mode.draft)}
                  onBlur={() => finishRename(w, mode.draft)}
                />
              ) : (
                <span className="workshops__title">
                  {title}
                  {active ? <span className="workshops__badge"> (open now)</span> : null}
                </span>
              )}
              <ChangedAt at={w.changedAt} />
              {mode?.kind === 'confirming-delete' && mode.id === w.id ? (
                <span className="workshops__actions workshops__confirm" role="group" aria-label={`Delete ${title}?`}>
                  <span>Delete it for good? This cannot be undone.</span>
                  <button type="button" className="danger" onClick={() => remove(w)}>
                    Delete for good
                  </button>
                  <button type="button" onClick={() => setMode(undefined)} autoFocus>
                    Keep it
                  </button>
                </span>
              ) : (
                <span className="workshops__actions">
                  {active ? null : (
                    <button type="button" onClick={() => openWorkshop(w)} aria-label={`Open ${title}`}>
                      Open
                    </button>
                  )}
                  <button type="button" onClick={() => setMode({ kind: 'renaming', id: w.id, draft: title })} aria-label={`Rename ${title}`}>
                    Rename
                  </button>
                  <button type="button" onClick={() => duplicate(w)} aria-label={`Duplicate ${title}`}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => setMode({ kind: 'confirming-delete', id: w.id })} aria-label={`Delete ${title}`}>
                    Delete
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="editor__actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
