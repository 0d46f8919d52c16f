import { plainProblemsOf } from '../../format/issueWords';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';

/** Where the content is wrong, as paths in the file (`document.activities[3].name: expected text`). */
function ProblemPaths({ problems }: { readonly problems: readonly string[] }) {
  return (
    <ul className="refusal__problems">
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{problem}</code>
        </li>
      ))}
    </ul>
  );
}

/** Says why a file, paste or link was not opened, and that nothing on the board changed. */
export function OpenRefusalDialog() {
  const refusal = useSessionStore((s) => s.refusal);
  const refuse = useSessionStore((s) => s.refuse);
  if (!refusal) return null;
  const close = () => refuse(undefined);
  const { problems } = refusal.error;
  const plainProblems = plainProblemsOf(refusal.error);
  return (
    <Dialog title={refusal.action === 'compare' ? `Could not compare with ${refusal.source}` : `Could not open ${refusal.source}`} role="alertdialog" onClose={close} className="refusal">
      <p>{refusal.error.message}</p>
      {plainProblems && plainProblems.length > 0 ? (
        <>
          <ul className="refusal__plain">
            {plainProblems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          {problems.length > 0 ? (
            <details className="refusal__details">
              <summary>Details</summary>
              <ProblemPaths problems={problems} />
            </details>
          ) : null}
        </>
      ) : problems.length > 0 ? (
        <ProblemPaths problems={problems} />
      ) : null}
      <p>Nothing was changed: the open workshop is exactly as it was.</p>
      <div className="editor__actions">
        {/* The attribute itself, not React's focus call: opening the dialog moves the focus to the element
            that carries it, where it would otherwise go to the Details above. */}
        <button type="button" onClick={close} ref={(button) => button?.setAttribute('autofocus', '')}>
          OK
        </button>
      </div>
    </Dialog>
  );
}
