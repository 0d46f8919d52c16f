import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { groupActivities } from '../../domain/activityGroups';
import { clearRoles, toggleRole } from '../../domain/assignmentEdits';
import { rolesInCell } from '../../domain/cellRoles';
import type { RaciDocument, RoleKey } from '../../domain/model';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { labelsOf, selectIndex, useJudgedReport } from '../../store/checkReport';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { usePresentedRows } from '../../store/presenter';
import { useWholeMatrix } from '../../store/wholeMatrix';
import { PICTURE_TARGET } from '../../ui/pictureTarget';
import { useRowWindow } from '../../ui/useRowWindow';
import { MatrixHeader } from './MatrixHeader';
import { MatrixGroupRow, MatrixRow, MatrixSizerRow, rowSignature, type CellActions } from './MatrixRow';
import { fullestCells, matrixRows, rolesHeld } from './matrixRows';
import { useColumnWindow } from './useColumnWindow';
import './matrix.css';

interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** The cell an event happened on, from its data attributes. */
function positionOf(target: EventTarget): CellPosition | undefined {
  const cell = target instanceof HTMLElement ? target.closest<HTMLElement>('td[data-row]') : null;
  if (!cell || target !== cell) return undefined;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}
const PAGE_ROWS = 10;
/**
 * Beyond each edge of the view: 16 rows, as many as the board renders there. Every row added or taken away
 * lays the table out again (its columns fit what it holds), so the matrix renders few rows, more often.
 */
const OVERSCAN_PX = 360;

/**
 * The matrix as a table: activities down, departments across, role letters in the cells. A grid in the
 * ARIA sense: one cell takes the Tab stop, arrow keys move it; a role's letter toggles that role, Delete
 * clears the cell, Enter (or a click) opens the cell's role picker. Each change is one undo step.
 * A long matrix renders the rows near the view (as the board does), and always the row holding the Tab stop.
 */
export function MatrixView() {
  const doc = useDocumentStore(selectDocument);
  const apply = useDocumentStore((s) => s.apply);
  const report = useJudgedReport();
  const announce = useSessionStore((s) => s.announce);
  const pointed = useSessionStore((s) => (s.highlight?.kind === 'activity' ? s.highlight : undefined));
  const pointAt = useSessionStore((s) => s.pointAt);
  const scheme = roleSchemeOf(doc.roleScheme);
  const labels = labelsOf(report);
  // Presenter mode shows the current step's rows alone.
  const presented = usePresentedRows(doc.activities);
  const groups = useMemo(() => groupActivities(presented.activities), [presented.activities]);
  const activities = useMemo(() => groups.flatMap((g) => g.activities), [groups]);
  const rowOf = useMemo(() => new Map(activities.map((a, row) => [a.id, row])), [activities]);
  const index = useDocumentStore(selectIndex);
  const { departments } = doc;

  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [picking, setPicking] = useState<CellPosition | undefined>(undefined);
  const frameRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // The view opens with the focus in it (chosen from the toolbar or by its shortcut), on the active cell.
  const focusPending = useRef(true);
  const row = Math.min(active.row, Math.max(0, activities.length - 1));
  const col = Math.min(active.col, Math.max(0, departments.length - 1));

  const rows = useMemo(() => matrixRows(groups), [groups]);
  const placeOf = useMemo(() => rows.flatMap((r, index) => (r.kind === 'activity' ? [index] : [])), [rows]);
  // The active row stays rendered: the focus is on its cell (or its picker), and a scroll must not take it away.
  const { windowed, slots, measure } = useRowWindow(frameRef, bodyRef, rows, { whole: useWholeMatrix((s) => s.shown), keep: placeOf[row] ?? -1, overscanPx: OVERSCAN_PX });
  const headerRef = useRef<HTMLTableRowElement>(null);
  const near = useColumnWindow(frameRef, headerRef, departments.length, windowed);
  const names = useMemo(() => activities.map((a) => a.name), [activities]);
  const fullest = useMemo(() => (windowed ? fullestCells(departments, index) : ''), [windowed, departments, index]);

  const cellElement = (at: CellPosition) => tableRef.current?.querySelector<HTMLElement>(`td[data-row="${at.row}"][data-col="${at.col}"]`);
  useEffect(() => {
    // An open picker takes the focus itself; the cell gets it back when the picker closes.
    if (!focusPending.current || picking) return;
    focusPending.current = false;
    const cell = cellElement({ row, col });
    cell?.focus({ preventScroll: true });
    // Whole, beside the sticky activity column and under the sticky header (the frame's scroll padding).
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [row, col, picking]);

  // A finding or a search points at a row: it becomes the active row, brought into view once rendered
  // (as the active row, it is, wherever it lies in a long matrix).
  const centring = useRef(false);
  useEffect(() => {
    const at = pointed ? rowOf.get(pointed.id) : undefined;
    if (at === undefined) return;
    centring.current = true;
    setActive((current) => ({ row: at, col: current.col }));
  }, [pointed, rowOf]);
  useLayoutEffect(() => {
    const rendered = centring.current ? tableRef.current?.querySelector(`td[data-row="${row}"]`)?.closest('tr') : undefined;
    if (!rendered) return;
    centring.current = false;
    rendered.scrollIntoView({ block: 'center' });
  });

  // Back on the board, the row that was active here is the one brought into view.
  const activeActivity = useRef<string | undefined>(undefined);
  activeActivity.current = activities[row]?.id;
  useEffect(() => () => {
    const id = activeActivity.current;
    if (id !== undefined) pointAt({ kind: 'activity', id });
  }, [pointAt]);

  const moveTo = (next: CellPosition) => {
    focusPending.current = true;
    setActive({ row: Math.max(0, Math.min(activities.length - 1, next.row)), col: Math.max(0, Math.min(departments.length - 1, next.col)) });
  };

  const describe = (activityId: string, departmentId: string, from: RaciDocument) => {
    const roles = rolesInCell(from, activityId, departmentId);
    return roles.length === 0 ? 'no role' : roles.map((key) => scheme.roles.find((r) => r.key === key)?.name ?? key).join(' and ');
  };

  const change = (at: CellPosition, edit: (doc: RaciDocument, activityId: string, departmentId: string) => RaciDocument) => {
    const activity = activities[at.row];
    const department = departments[at.col];
    if (!activity || !department) return;
    const before = currentDocument();
    apply((doc) => edit(doc, activity.id, department.id));
    const after = currentDocument();
    if (after !== before) announce(`${department.name}: ${describe(activity.id, department.id, after)} for ${activity.name}.`);
  };
  const toggle = (at: CellPosition, role: RoleKey) =>
    change(at, (doc, activityId, departmentId) => toggleRole(doc, { activityId, departmentId, role }));
  const clear = (at: CellPosition) => change(at, clearRoles);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const at = positionOf(event.target);
    if (!at || event.altKey) return;
    const { row, col } = at;
    const mod = event.ctrlKey || event.metaKey;
    const moves: Record<string, CellPosition | undefined> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: mod ? { row: 0, col: 0 } : { row, col: 0 },
      End: mod ? { row: activities.length - 1, col: departments.length - 1 } : { row, col: departments.length - 1 },
      PageUp: { row: row - PAGE_ROWS, col },
      PageDown: { row: row + PAGE_ROWS, col },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move);
      return;
    }
    if (mod) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clear(at);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setPicking(at);
    } else {
      const role = scheme.roles.find((r) => r.key.toLowerCase() === event.key.toLowerCase());
      if (role) {
        event.preventDefault();
        toggle(at, role.key);
      }
    }
  };

  // Stable for the memoised rows, reaching the latest matrix through a ref.
  const latest = useRef({ toggle, clear });
  useLayoutEffect(() => {
    latest.current = { toggle, clear };
  });
  const actions = useMemo<CellActions>(() => ({
    open: (row, col) => {
      setActive({ row, col });
      setPicking({ row, col });
    },
    toggle: (row, col, role) => latest.current.toggle({ row, col }, role),
    clear: (row, col) => latest.current.clear({ row, col }),
    closePicker: () => {
      focusPending.current = true;
      setPicking(undefined);
    },
  }), []);

  if (activities.length === 0 || departments.length === 0) {
    return (
      <div className="matrix">
        <p className="empty-note matrix__empty">The matrix needs departments and activities: add them on the board.</p>
      </div>
    );
  }

  const columns = departments.length + 1;
  return (
    <div ref={frameRef} className="matrix">
      <table
        ref={tableRef}
        role="grid"
        aria-label="Responsibility matrix"
        // Every row counts, also those a long matrix has not rendered; each row says its place (aria-rowindex).
        aria-rowcount={rows.length + 1}
        aria-colcount={departments.length + 1}
        className="matrix__table"
        {...PICTURE_TARGET}
        onKeyDown={onKeyDown}
        // The cell that has the focus (by Tab, click or a screen reader) is the one keys act on and the Tab stop.
        onFocus={(event) => {
          const at = positionOf(event.target);
          if (at && (at.row !== row || at.col !== col)) setActive(at);
        }}
      >
        <MatrixHeader rowRef={headerRef} activities={doc.activities} departments={departments} status={report.departmentStatus} labels={labels.departments} />
        <tbody ref={bodyRef}>
          {windowed ? <MatrixSizerRow names={names} fullest={fullest} roles={scheme.roles} /> : null}
          {slots.map((slot) => {
            if (slot.kind === 'space') {
              return (
                <tr key={slot.key} className="matrix__space" aria-hidden="true">
                  <td colSpan={columns} style={{ height: slot.height }} />
                </tr>
              );
            }
            const tableRow = rows[slot.index];
            if (!tableRow) return null;
            if (tableRow.kind === 'group') {
              return <MatrixGroupRow key={tableRow.key} windowKey={tableRow.key} rowIndex={slot.index + 2} measure={measure} name={tableRow.name} columns={columns} />;
            }
            const { activity, row: at } = tableRow;
            return (
              <MatrixRow
                key={tableRow.key}
                windowKey={tableRow.key}
                rowIndex={slot.index + 2}
                measure={measure}
                row={at}
                activity={activity}
                departments={departments}
                roles={scheme.roles}
                signature={rowSignature(departments, (departmentId) => rolesHeld(index, activity.id, departmentId))}
                status={report.activityStatus.get(activity.id) ?? 'ok'}
                statusLabel={labels.activities.get(activity.id) ?? ''}
                activeCol={at === row ? col : -1}
                pickingCol={picking && picking.row === at ? picking.col : -1}
                actions={actions}
                current={presented.rowId === activity.id}
                first={near.first}
                last={near.last}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
