import { lazy, memo, Suspense, useCallback, useState } from 'react';
import { isWaitingStatus, statusOf } from '../../domain/activityStatus';
import type { IncomingChip, RowChanges } from '../../domain/compare/rowChanges';
import type { Activity, ActivityStatus, Assignment, Department, RaciDocument } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import type { WaitingQuestion } from '../../store/waitingAnswer';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';
import { RoleCell } from './RoleCell';
import { ActivityStatusButton } from '../../ui/ActivityStatusButton';
import { useHighlight } from './useHighlight';
import { activityFocusKey } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';
import type { RowCells } from './rowCells';
import { Hyphenated } from '../../ui/Hyphenated';

interface ActivityRowProps {
  readonly windowKey: string;
  /** Its place among all the grid's rows, rendered or not, for screen readers (aria-rowindex). */
  readonly rowIndex: number;
  /** A ref callback that watches the row's height; its cleanup stops watching. */
  readonly measure: (element: HTMLElement | null) => (() => void) | undefined;
  readonly activity: Activity;
  readonly cells: RowCells;
  readonly roles: readonly RoleDefinition[];
  readonly armed: Department | undefined;
  readonly onPlace: (assignment: Assignment) => void;
  readonly onRemove: (assignment: Assignment) => void;
  readonly onEdit: (activityId: string) => void;
  /** Sets the row's status; returns the document that made, or undefined when nothing changed. */
  readonly onStatus: (activityId: string, status: ActivityStatus) => RaciDocument | undefined;
  readonly status: StatusKind;
  /** Text alternative of the status mark, e.g. "Checks: 1 error". */
  readonly statusLabel: string;
  /** Whether Find matches this row, and whether it is the match in focus. */
  readonly found: 'match' | 'current' | undefined;
  /** The department in the spotlight: the row's other chips step back. */
  readonly spotlightId: string | undefined;
  /** The row presenter mode is talking about. */
  readonly current: boolean;
  /** What a compared file changes on this row, if a comparison is under way. */
  readonly changes: RowChanges | undefined;
}

// Needed only once a row is disputed or parked, so it loads then, not at start-up (the README, "Size").
const WaitingReason = lazy(() => import('./WaitingReason').then((m) => ({ default: m.WaitingReason })));

const noDepartments: readonly Department[] = [];
const noIncoming: readonly IncomingChip[] = [];
const rowChangeWords = { removed: 'Removed in the file', renamed: 'Renamed in the file', edited: 'Changed in the file' } as const;

/** Memoised: `cells` keeps its identity while the row's content is unchanged (see laneCells). */
export const ActivityRow = memo(function ActivityRow(props: ActivityRowProps) {
  const { windowKey, rowIndex, measure, activity, cells, roles, armed, onPlace, onRemove, onEdit, onStatus, status, statusLabel, found, spotlightId, current, changes } = props;
  const { ref, lit } = useHighlight<HTMLDivElement>('activity', activity.id);
  const rowRef = useCallback((element: HTMLDivElement | null) => {
    ref.current = element;
    const stopMeasuring = measure(element);
    return () => {
      ref.current = null;
      stopMeasuring?.();
    };
  }, [ref, measure]);
  const nameRef = useFocusRequest<HTMLButtonElement>(activityFocusKey(activity.id));
  // Disputing or parking the row asks why, right here; the answer joins the status change's undo step.
  const [asking, setAsking] = useState<{ readonly question: WaitingQuestion; readonly from: Element | null }>();
  const setStatus = (activityId: string, next: ActivityStatus) => {
    const step = onStatus(activityId, next);
    // The menu has given the focus back to the status control: the prompt returns it there.
    if (isWaitingStatus(next)) setAsking({ question: { activityId, status: next, step }, from: document.activeElement });
  };
  const spotlit = spotlightId !== undefined && [...cells.values()].some((lane) => lane.some((d) => d.id === spotlightId));
  const classes = ['row', lit && 'row--highlight', found && `row--found-${found}`, spotlightId !== undefined && (spotlit ? 'row--spotlit' : 'row--dimmed'), current && 'row--current', changes?.row && `row--compare-${changes.row}`];
  return (
    <div
      ref={rowRef}
      className={classes.filter(Boolean).join(' ')}
      role="row"
      aria-rowindex={rowIndex}
      data-window-key={windowKey}
      data-activity={activity.id}
      data-status={status}
      data-row-status={statusOf(activity)}
      aria-current={current ? 'true' : undefined}
    >
      <div className="row__head" role="rowheader">
        <span className="row__name">
          <span className="row__marks">
            <StatusMark status={status} label={statusLabel} />
            <ActivityStatusButton activityId={activity.id} activityName={activity.name} status={statusOf(activity)} onStatus={setStatus} />
          </span>
          <button ref={nameRef} type="button" className="activity-name" onClick={() => onEdit(activity.id)} title="Edit activity">
            <span>
              <Hyphenated text={activity.name} trailing={<span className="heard-only">, edit activity</span>} />
            </span>
          </button>
        </span>
        {activity.channel ? <span className="activity-channel">
            <Hyphenated text={activity.channel} />
          </span> : null}
        {changes?.row ? <span className="row__change">{rowChangeWords[changes.row]}</span> : null}
        {asking ? (
          <Suspense fallback={null}>
            <WaitingReason
              activity={activity}
              question={asking.question}
              openedFrom={asking.from}
              onClosed={() => setAsking(undefined)}
            />
          </Suspense>
        ) : null}
      </div>
      {roles.map((role) => (
        <div key={role.key} role="cell" className="row__cell">
          <RoleCell
            activityId={activity.id}
            activityName={activity.name}
            role={role}
            departments={cells.get(role.key) ?? noDepartments}
            armed={armed}
            onPlace={onPlace}
            onRemove={onRemove}
            spotlightId={spotlightId}
            incoming={changes?.incoming.get(role.key) ?? noIncoming}
            leaving={changes?.leaving}
          />
        </div>
      ))}
    </div>
  );
});
