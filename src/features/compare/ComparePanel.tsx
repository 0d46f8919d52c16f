import { useEffect, useMemo, useRef } from 'react';
import { changedActivityId, groupChanges } from '../../domain/compare/changeSections';
import { changeNames, describeChange } from '../../domain/compare/describeChange';
import type { ChangeChoice } from '../../domain/compare/rowChanges';
import type { WorkshopChange } from '../../domain/compare/workshopChanges';
import { choiceIn, stopComparing, type CompareSession } from '../../store/compareSession';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { useLibraryStore } from '../../store/workshopLibrary';
import { chooseChanges, mergeAccepted, useBoardMarks, useComparedChanges } from './comparison';
import './compare.css';

const choiceWords: Readonly<Record<ChangeChoice, string>> = { pending: 'undecided', accepted: 'accepted', rejected: 'rejected' };

interface ChangeItemProps {
  readonly change: WorkshopChange;
  readonly text: string;
  readonly choice: ChangeChoice;
}

function ChangeItem({ change, text, choice }: ChangeItemProps) {
  const pointAt = useSessionStore((s) => s.pointAt);
  const activityId = changedActivityId(change);
  // The board has the row only while the open workshop holds the activity.
  const onBoard = activityId !== undefined && currentDocument().activities.some((a) => a.id === activityId);
  const flip = (next: ChangeChoice) => chooseChanges([change.id], choice === next ? 'pending' : next);
  return (
    <li className={`change change--${choice}`} data-change-kind={change.kind} data-choice={choice}>
      {onBoard ? (
        <button type="button" className="change__text change__text--link" onClick={() => pointAt({ kind: 'activity', id: activityId })} title="Show the row on the board">
          {text}
        </button>
      ) : (
        <p className="change__text">{text}</p>
      )}
      <div className="change__choice" role="group" aria-label={text}>
        <button type="button" aria-pressed={choice === 'accepted'} onClick={() => flip('accepted')}>
          Accept
        </button>
        <button type="button" aria-pressed={choice === 'rejected'} onClick={() => flip('rejected')}>
          Reject
        </button>
      </div>
    </li>
  );
}

/** The changes a returned file brings, beside the board that marks them; merged in one undoable step. */
export function ComparePanel({ session }: { readonly session: CompareSession }) {
  const doc = useDocumentStore(selectDocument);
  const changes = useComparedChanges(session);
  useBoardMarks(session);
  const announce = useSessionStore((s) => s.announce);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const names = useMemo(() => changeNames(doc, session.other), [doc, session.other]);
  const groups = useMemo(() => groupChanges(changes), [changes]);
  const count = (choice: ChangeChoice) => changes.filter((c) => choiceIn(session, c.id) === choice).length;
  const accepted = count('accepted');
  const rejected = count('rejected');
  const workshopId = useLibraryStore((s) => s.activeId);
  const startedIn = useRef(workshopId);

  useEffect(() => headingRef.current?.focus(), []);
  // The comparison belongs to the workshop it was started in.
  useEffect(() => {
    if (workshopId !== startedIn.current) stopComparing();
  }, [workshopId]);

  const merge = () => {
    const merged = mergeAccepted();
    announce(`Merged ${merged === 1 ? 'one change' : `${merged} changes`} from ${session.source}. Undo with Ctrl+Z.`);
  };
  const cancel = () => {
    stopComparing();
    announce(`Comparison with ${session.source} closed; nothing was merged.`);
  };
  const all = (choice: ChangeChoice) => chooseChanges(changes.map((c) => c.id), choice);

  return (
    <section className="compare" aria-label="Changes">
      <header className="compare__header">
        <h2 className="compare__title" ref={headingRef} tabIndex={-1}>
          Changes in {session.source}
        </h2>
        <p className="compare__counts" role="status">
          {changes.length === 0
            ? 'No differences left.'
            : `${changes.length === 1 ? 'One change' : `${changes.length} changes`}: ${accepted} accepted, ${rejected} rejected, ${changes.length - accepted - rejected} ${choiceWords.pending}.`}
        </p>
        <div className="compare__all">
          <button type="button" onClick={() => all('accepted')} disabled={changes.length === 0}>
            Accept all
          </button>
          <button type="button" onClick={() => all('rejected')} disabled={changes.length === 0}>
            Reject all
          </button>
        </div>
      </header>
      <div className="compare__list">
        {groups.map((group) => (
          <section key={group.section} aria-label={group.section}>
            <h3 className="compare__section">{group.section}</h3>
            <ul>
              {group.changes.map((change) => (
                <ChangeItem key={change.id} change={change} text={describeChange(change, names)} choice={choiceIn(session, change.id)} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <footer className="compare__actions">
        <button type="button" className="primary" onClick={merge} disabled={accepted === 0} title="One step: Undo takes the whole merge back">
          {accepted === 0 ? 'Merge' : `Merge ${accepted === 1 ? 'one change' : `${accepted} changes`}`}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </footer>
    </section>
  );
}
