import { undoKeys } from '../../ui/commandKey';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { statusOf, statusWords } from '../../domain/activityStatus';
import { updateActivity } from '../../domain/activityEdits';
import type { Activity, ActivityStatus } from '../../domain/model';
import type { WaitingQuestion } from '../../store/waitingAnswer';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { WaitingReasonPrompt } from '../../ui/WaitingReasonPrompt';
import { statusKeys } from './presenterKeys';

/** The room is asked why the row waits, just after disputing or parking it; `from` had the focus then. */
export interface AskingWhy {
  readonly question: WaitingQuestion;
  readonly from: Element | null;
}

interface PresenterRowProps {
  readonly activity: Activity;
  readonly position: number;
  readonly count: number;
  readonly decisionRef: RefObject<HTMLTextAreaElement | null>;
  /** Where the focus goes once the decision is kept or dropped, so the agenda keys work again. */
  readonly onDecisionDone: () => void;
  readonly onStatus: (activityId: string, status: ActivityStatus) => void;
  readonly asking: AskingWhy | undefined;
  readonly onAnswered: (question: WaitingQuestion, note: string | undefined) => void;
}

/** The row the room is talking about: where it stands, and the decision as the room words it. */
export function PresenterRow({ activity, position, count, decisionRef, onDecisionDone, onStatus, asking, onAnswered }: PresenterRowProps) {
  const apply = useDocumentStore((s) => s.apply);
  const announce = useSessionStore((s) => s.announce);
  const [draft, setDraft] = useState(activity.decision ?? '');
  const discard = useRef(false);
  const status = statusOf(activity);
  // The field grows with what is typed, so the room reads the decision whole rather than its last words.
  useLayoutEffect(() => {
    const field = decisionRef.current;
    if (!field) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
  }, [draft, decisionRef]);
  const keep = () => {
    if (discard.current) {
      discard.current = false;
      return;
    }
    const before = currentDocument();
    apply((d) => updateActivity(d, activity.id, { decision: draft }));
    if (currentDocument() !== before) announce(`Decision noted for ${activity.name}. Undo with ${undoKeys}.`);
  };
  return (
    <section className="presenter-row" aria-label={`Current row: ${activity.name}`}>
      <p className="presenter-row__name">
        <span className="presenter-row__position">
          Row {position} of {count}
        </span>{' '}
        {activity.name}
      </p>
      <div className="presenter-row__statuses" role="group" aria-label={`Where the room stands on ${activity.name}`}>
        {statusKeys.map(({ status: s, key }) => (
          <button
            key={s}
            type="button"
            className={`presenter-row__status presenter-row__status--${s}`}
            aria-pressed={status === s}
            aria-keyshortcuts={key}
            onClick={() => onStatus(activity.id, s)}
          >
            <span aria-hidden="true">{statusWords[s].mark || '○'}</span> {statusWords[s].label} <kbd aria-hidden="true">{key}</kbd>
          </button>
        ))}
      </div>
      {asking ? (
        <WaitingReasonPrompt
          activityName={activity.name}
          status={asking.question.status}
          note={activity.parkingNote ?? ''}
          openedFrom={asking.from}
          onDone={(note) => onAnswered(asking.question, note)}
        />
      ) : null}
      <label className="presenter-row__decision">
        <span>
          Decision <kbd aria-hidden="true">N</kbd>
        </span>
        <textarea
          ref={decisionRef}
          value={draft}
          rows={1}
          maxLength={1000}
          placeholder="What the room decided"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={keep}
          onKeyDown={(event) => {
            // Shift+Enter starts a new line; Enter alone keeps the decision, as a one-line field would.
            if ((event.key !== 'Enter' || event.shiftKey) && event.key !== 'Escape') return;
            event.preventDefault();
            // Escape drops what was typed; either way the focus leaves, so the clicker steps the agenda again.
            if (event.key === 'Escape') {
              discard.current = true;
              setDraft(activity.decision ?? '');
            }
            onDecisionDone();
          }}
        />
      </label>
    </section>
  );
}
