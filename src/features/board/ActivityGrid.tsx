import { undoKeys } from '../../ui/commandKey';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { groupActivities } from '../../domain/activityGroups';
import type { ActivityStatus, Assignment, Department, RaciDocument } from '../../domain/model';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { changeActivityStatus } from '../../store/activityStatusActions';
import { useBoardLens, useFind } from '../../store/boardLens';
import { labelsOf, selectIndex, useJudgedReport } from '../../store/checkReport';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { foldedGroupsOf, setGroupFolded, useFoldedGroupsStore } from '../../store/foldedGroups';
import { useSessionStore } from '../../store/sessionStore';
import { usePresentedRows } from '../../store/presenter';
import { useLibraryStore } from '../../store/workshopLibrary';
import { RoleLetter } from '../../ui/RoleLetter';
import { ActivityFinder } from '../../ui/ActivityFinder';
import { ActivityRow } from './ActivityRow';
import { DelegatedDrag } from './DelegatedDrag';
import { dropOutcome } from './dropOutcome';
import { focusAfterRemoval } from './dropFocus';
import { ADD_ACTIVITY_FOCUS_KEY } from './focusKeys';
import { GroupHeaderRow } from './GroupHeaderRow';
import { gridRows } from './gridRows';
import { laneCells } from './rowCells';
import { useFocusRequest } from './useFocusRequest';
import { trackHeaderHeight } from './trackHeaderHeight';
import { useRowWindow } from '../../ui/useRowWindow';
import { useWholeMatrix } from '../../store/wholeMatrix';
import { PICTURE_TARGET } from '../../ui/pictureTarget';
import { useCompareSession } from '../../store/compareSession';
import { Hyphenated } from '../../ui/Hyphenated';

const noHolders: ReadonlyMap<string, readonly string[]> = new Map();
const noFolds: readonly string[] = [];
/** One function for every row (the rows are memoized on their props). */
const setStatus = (activityId: string, status: ActivityStatus) => changeActivityStatus(activityId, status, undoKeys);

interface ActivityGridProps {
  readonly doc: RaciDocument;
  /** The scroll frame, for the board's edge scrolling while a chip is held. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
}

export function ActivityGrid({ doc, frameRef }: ActivityGridProps) {
  const apply = useDocumentStore((s) => s.apply);
  const announce = useSessionStore((s) => s.announce);
  const edit = useSessionStore((s) => s.edit);
  const armedId = useSessionStore((s) => s.armedDepartmentId);
  const armed: Department | undefined = doc.departments.find((d) => d.id === armedId);
  const roles = roleSchemeOf(doc.roleScheme).roles;
  const report = useJudgedReport();
  const labels = labelsOf(report).activities;
  const workshopId = useLibraryStore((s) => s.activeId);
  const folded = useFoldedGroupsStore((s) => foldedGroupsOf(s, workshopId));
  const find = useFind(doc.activities);
  const spotlightId = useBoardLens((s) => s.spotlightId);

  const holders = useDocumentStore(selectIndex).holders;
  const cellsOf = useMemo(() => laneCells(doc.departments), [doc.departments]);

  const rowChanges = useCompareSession((s) => s.rowMarks);

  // Presenter mode shows the current step's rows alone, none of them folded away.
  const presented = usePresentedRows(doc.activities);
  const groups = useMemo(() => groupActivities(presented.activities), [presented.activities]);
  const foldedHere = presented.presenting ? noFolds : folded;
  const rows = useMemo(() => gridRows(groups, foldedHere), [groups, foldedHere]);
  const rowsStart = useRef<HTMLDivElement>(null);
  const { slots, measure, scrollToRow } = useRowWindow(frameRef, rowsStart, rows, { whole: useWholeMatrix((s) => s.shown) });

  const current = find.matches[find.current];
  const matchIds = useMemo(() => new Set(find.matches.map((a) => a.id)), [find.matches]);

  // A finding or a search points at a row: open its group, and bring it near the view so it renders
  // (a long matrix renders only the rows near the view); the row then scrolls itself to the middle.
  const pointed = useSessionStore((s) => (s.highlight?.kind === 'activity' ? s.highlight : undefined));
  useEffect(() => {
    if (!pointed) return;
    const group = doc.activities.find((a) => a.id === pointed.id)?.group ?? '';
    if (folded.includes(group)) {
      setGroupFolded(workshopId, group, false);
      return;
    }
    const index = rows.findIndex((row) => row.kind === 'activity' && row.activity.id === pointed.id);
    if (!slots.some((slot) => slot.kind === 'row' && slot.index === index)) scrollToRow(index);
  }, [pointed, doc.activities, folded, workshopId, rows, slots, scrollToRow]);

  // Placing with clicks and removing with a control are drops by other means: one rule, one message.
  const onPlace = useCallback((assignment: Assignment) => {
    const source = { kind: 'palette', departmentId: assignment.departmentId } as const;
    const outcome = dropOutcome(currentDocument(), source, { kind: 'cell', activityId: assignment.activityId, role: assignment.role });
    apply(() => outcome.document);
    announce(outcome.message);
  }, [apply, announce]);

  const requestFocus = useSessionStore((s) => s.requestFocus);
  const onRemove = useCallback((assignment: Assignment) => {
    const doc = currentDocument();
    const outcome = dropOutcome(doc, { kind: 'placed', assignment }, { kind: 'palette' });
    requestFocus(focusAfterRemoval(doc, assignment));
    apply(() => outcome.document);
    announce(`${outcome.message} Undo with ${undoKeys}.`);
  }, [apply, announce, requestFocus]);
  const addActivityRef = useFocusRequest<HTMLButtonElement>(ADD_ACTIVITY_FOCUS_KEY);

  const onEdit = useCallback((activityId: string) => edit({ kind: 'activity', id: activityId }), [edit]);
  const onFold = useCallback((group: string, fold: boolean) => setGroupFolded(workshopId, group, fold), [workshopId]);

  return (
    // The scroll frame holds the table and what is not part of it (an empty note, the add button), so
    // the table's children are rows only. It is also the one drag activator for every placed chip.
    <DelegatedDrag id="placed-chips" frameRef={frameRef} className="grid" style={{ ['--lanes' as string]: roles.length }}>
      <div role="table" aria-label="Responsibility matrix" className="grid__table" aria-rowcount={rows.length + 1} {...PICTURE_TARGET}>
        <div ref={trackHeaderHeight} className="grid__header" role="row" aria-rowindex={1}>
          <div role="columnheader" className="grid__corner" aria-label="Activity">
            <ActivityFinder {...find} />
            {/* Presenter mode hides Find; the column says what it holds instead. */}
            <span className="grid__corner-title">Activity</span>
          </div>
          {roles.map((role) => (
            <div key={role.key} role="columnheader" className="lane-header">
              <RoleLetter letter={role.key} color={role.color} />
              <span>
                <Hyphenated text={role.name} />
              </span>
            </div>
          ))}
        </div>
        <div ref={rowsStart} aria-hidden="true" />
        {slots.map((slot) => {
          if (slot.kind === 'space') return <div key={slot.key} aria-hidden="true" style={{ height: slot.height }} />;
          const row = rows[slot.index];
          if (!row) return null;
          if (row.kind === 'group') {
            return (
              <GroupHeaderRow
                key={row.key}
                windowKey={row.key}
                group={row.group}
                name={row.name}
                count={row.count}
                folded={row.folded}
                rowIndex={slot.index + 2}
                columns={roles.length + 1}
                measure={measure}
                onFold={onFold}
              />
            );
          }
          const { activity } = row;
          return (
            <ActivityRow
              key={row.key}
              windowKey={row.key}
              rowIndex={slot.index + 2}
              measure={measure}
              activity={activity}
              cells={cellsOf(holders.get(activity.id) ?? noHolders)}
              roles={roles}
              armed={armed}
              onPlace={onPlace}
              onRemove={onRemove}
              onEdit={onEdit}
              onStatus={setStatus}
              status={report.activityStatus.get(activity.id) ?? 'ok'}
              statusLabel={labels.get(activity.id) ?? ''}
              found={current?.id === activity.id ? 'current' : matchIds.has(activity.id) ? 'match' : undefined}
              spotlightId={spotlightId}
              current={presented.rowId === activity.id}
              changes={rowChanges.get(activity.id)}
            />
          );
        })}
      </div>
      {doc.activities.length === 0 ? (
        <p className="empty-note grid__empty">No activities yet. Add the social media activities the room will assign.</p>
      ) : null}
      <button ref={addActivityRef} type="button" className="add-button add-button--activity" onClick={() => edit({ kind: 'new-activity' })}>
        + Add activity
      </button>
    </DelegatedDrag>
  );
}
