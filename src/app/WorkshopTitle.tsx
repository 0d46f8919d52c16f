import { useEffect, useState, type KeyboardEvent } from 'react';
import { renameWorkshop } from '../domain/documentEdits';
import { useDocumentStore } from '../store/documentStore';

/** The title, edited in place: one undo step per rename, committed on Enter or when focus leaves. */
export function WorkshopTitle() {
  const title = useDocumentStore((s) => s.history.present.title);
  const apply = useDocumentStore((s) => s.apply);
  const [draft, setDraft] = useState(title);
  useEffect(() => setDraft(title), [title]);

  const commit = () => {
    if (draft.trim() === '') setDraft(title);
    else apply((doc) => renameWorkshop(doc, draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setDraft(title);
      // Let the reverted value land before leaving the field, or blur would commit the old draft.
      requestAnimationFrame(() => (event.target as HTMLInputElement).blur());
    }
  };
  return (
    <input
      className="workshop-title"
      aria-label="Workshop title"
      value={draft}
      maxLength={120}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
