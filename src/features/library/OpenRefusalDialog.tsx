import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';

/** Says why a file, paste or link was not opened, and that nothing on the board changed. */
export function OpenRefusalDialog() {
  const refusal = useSessionStore((s) => s.refusal);
  const refuse = useSessionStore((s) => s.refuse);
  if (!refusal) return null;
  const close = () => refuse(undefined);
  return (
    <Dialog title={refusal.action === 'compare' ? `Could not compare with ${refusal.source}` : `Could not open ${refusal.source}`} role="alertdialog" onClose={close} className="refusal">
      <p>{refusal.error.message}</p>
      {refusal.error.problems.length > 0 ? (
        <ul className="refusal__problems">
          {refusal.error.problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <p>Nothing was changed: the open workshop is exactly as it was.</p>
      <div className="editor__actions">
        <button type="button" onClick={close} autoFocus>
          OK
        </button>
      </div>
    </Dialog>
  );
}
