import { undoKeys } from '../../ui/commandKey';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding } from '../../domain/checks/findings';
import { changedActivityId, groupChanges } from '../../domain/compare/changeSections';
import { changeNames, describeChange } from '../../domain/compare/describeChange';
import type { ChangeChoice } from '../../domain/compare/rowChanges';
import type { WorkshopChange } from '../../domain/compare/workshopChanges';
import { useCheckScope } from '../../store/checkReport';
import { choiceIn, stopComparing, type CompareSession } from '../../store/compareSession';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { useLibraryStore } from '../../store/workshopLibrary';
import { beforeMerging, chooseChanges, mergeAccepted, useBoardMarks, useComparedChanges, type BeforeMerging } from './comparison';
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

const changesWord = (n: number) => (n === 1 ? 'one change' : `${n} changes`);
const errorsWord = (n: number) => (n === 0 ? 'no new error' : n === 1 ? 'one new error' : `${n} new errors`);

function ErrorList({ errors }: { readonly errors: readonly Finding[] }) {
  return (
    <ul className="compare__confirm-list">
      {errors.map((f) => (
        <li key={`${f.rule}|${f.activityId ?? ''}|${f.departmentId ?? ''}`}>{f.message}</li>
      ))}
    </ul>
  );
}

interface MergeConfirmationProps {
  readonly check: BeforeMerging;
  readonly describe: (change: WorkshopChange) => string;
  readonly onMerge: () => void;
  readonly onAcceptAndMerge: () => void;
  readonly onBack: () => void;
}

/**
 * Said before a merge that leaves changes undecided or creates errors: what stays out, what breaks, and
 * the choice. Escape goes back to the changes, like the button.
 */
function MergeConfirmation({ check, describe, onMerge, onAcceptAndMerge, onBack }: MergeConfirmationProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => headingRef.current?.focus(), []);
  const { undecided, newErrors, newErrorsIfAccepted } = check;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onBack();
  };
  return (
    <section className="compare__confirm" aria-labelledby="compare-confirm-title" onKeyDown={onKeyDown}>
      <h3 id="compare-confirm-title" className="compare__confirm-title" ref={headingRef} tabIndex={-1}>
        Merge {changesWord(check.accepted)} as decided?
      </h3>
      {undecided.length > 0 && (
        <>
          <p>{undecided.length === 1 ? 'One change stays undecided and is not merged:' : `${undecided.length} changes stay undecided and are not merged:`}</p>
          <ul className="compare__confirm-list">
            {undecided.map((c) => (
              <li key={c.id}>{describe(c)}</li>
            ))}
          </ul>
        </>
      )}
      <p>Merging as decided leaves {errorsWord(newErrors.length)}{newErrors.length > 0 ? ':' : '.'}</p>
      {newErrors.length > 0 && <ErrorList errors={newErrors} />}
      {undecided.length > 0 && (
        <p id="compare-confirm-accept-too">
          Accepting {undecided.length === 1 ? 'it' : 'them'} too leaves {errorsWord(newErrorsIfAccepted.length)}
          {newErrorsIfAccepted.length > 0 ? `: ${newErrorsIfAccepted.map((f) => f.message).join(' ')}` : '.'}
        </p>
      )}
      <div className="compare__confirm-actions">
        <button type="button" className={newErrors.length === 0 ? 'primary' : undefined} onClick={onMerge} disabled={check.accepted === 0}>
          {/* "Anyway" only where there is something to brave: a new error. */}
          {newErrors.length === 0 ? 'Merge as decided' : 'Merge anyway'}
        </button>
        {undecided.length > 0 && (
          <button type="button" onClick={onAcceptAndMerge} aria-describedby="compare-confirm-accept-too">
            Accept {undecided.length === 1 ? 'it' : 'them'} too and merge
          </button>
        )}
        <button type="button" onClick={onBack}>
          Back to the changes
        </button>
      </div>
    </section>
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
  const scope = useCheckScope();
  const [confirming, setConfirming] = useState(false);
  // Worked out afresh while the confirmation is open: a choice made meanwhile changes what it says.
  const check = useMemo(() => (confirming ? beforeMerging(doc, session, scope) : undefined), [confirming, doc, session, scope]);
  const listRef = useRef<HTMLDivElement>(null);
  const mergeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  // The comparison belongs to the workshop it was started in.
  useEffect(() => {
    if (workshopId !== startedIn.current) stopComparing();
  }, [workshopId]);

  const mergeNow = () => {
    const merged = mergeAccepted();
    announce(`Merged ${changesWord(merged)} from ${session.source}. Undo with ${undoKeys}.`);
  };
  // Nothing undecided and nothing broken: one step, as ever. Otherwise say so first and let the person decide.
  const merge = () => {
    const first = beforeMerging(doc, session, scope);
    if (first.undecided.length === 0 && first.newErrors.length === 0) mergeNow();
    else setConfirming(true);
  };
  const acceptAndMerge = () => {
    if (check) chooseChanges(check.undecided.map((c) => c.id), 'accepted');
    mergeNow();
  };
  const backRequested = useRef(false);
  const back = () => {
    backRequested.current = true;
    setConfirming(false);
  };
  // Back in the list: on the first undecided change, or on Merge when none is left; never on nothing.
  useLayoutEffect(() => {
    if (confirming || !backRequested.current) return;
    backRequested.current = false;
    const firstUndecided = listRef.current?.querySelector<HTMLElement>('[data-choice="pending"] .change__choice button');
    (firstUndecided ?? mergeRef.current)?.focus();
  }, [confirming]);
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
      <div className="compare__list" ref={listRef}>
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
      {check && <MergeConfirmation check={check} describe={(c) => describeChange(c, names)} onMerge={mergeNow} onAcceptAndMerge={acceptAndMerge} onBack={back} />}
      <footer className="compare__actions" hidden={check !== undefined}>
        <button type="button" className="primary" ref={mergeRef} onClick={merge} disabled={accepted === 0} title="One step: Undo takes the whole merge back">
          {accepted === 0 ? 'Merge' : `Merge ${accepted === 1 ? 'one change' : `${accepted} changes`}`}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </footer>
    </section>
  );
}
