import { memo, type ReactNode } from 'react';
import type { Activity, Department, RoleKey } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { RoleLetter } from '../../ui/RoleLetter';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';
import { RolePicker } from './RolePicker';
import { Hyphenated } from '../../ui/Hyphenated';

/** What a row's cells hold, as one string per row ("RA|C||I"): equal strings, equal cells. */
export function rowSignature(departments: readonly Department[], rolesOf: (departmentId: string) => readonly RoleKey[]): string {
  return departments.map((d) => rolesOf(d.id).join('')).join('|');
}

export interface CellActions {
  readonly open: (row: number, col: number) => void;
  readonly toggle: (row: number, col: number, role: RoleKey) => void;
  readonly clear: (row: number, col: number) => void;
  readonly closePicker: () => void;
}

/** Where a row sits among all rows of the table (rendered or not), and how its height is watched. */
interface WindowedRowProps {
  readonly windowKey: string;
  /** Its aria-rowindex: the header row is 1. */
  readonly rowIndex: number;
  /** A ref callback that watches the row's height; its cleanup stops watching. */
  readonly measure: (element: HTMLElement | null) => (() => void) | undefined;
}

interface MatrixRowProps extends WindowedRowProps {
  readonly row: number;
  readonly activity: Activity;
  readonly departments: readonly Department[];
  readonly roles: readonly RoleDefinition[];
  /** The roles of each department, in the order of `departments`, as rowSignature writes them. */
  readonly signature: string;
  readonly status: StatusKind;
  readonly statusLabel: string;
  /** The column that holds the Tab stop, when it is in this row; else -1. */
  readonly activeCol: number;
  /** The column whose role picker is open, in this row; else -1. */
  readonly pickingCol: number;
  readonly actions: CellActions;
  /** The row presenter mode is talking about. */
  readonly current: boolean;
  /** The department columns near the view, rendered (and the active one); one empty cell spans those on each side. */
  readonly first: number;
  readonly last: number;
}

/** The cells of the columns `shown`, with one empty cell standing for each run of columns left out. */
function cellsNear(departments: readonly Department[], shown: (col: number) => boolean, cell: (department: Department, col: number) => ReactNode): ReactNode[] {
  const result: ReactNode[] = [];
  let gap = 0;
  const closeGap = (key: string) => {
    if (gap > 0) result.push(<td key={key} className="matrix__gap" colSpan={gap} aria-hidden="true" />);
    gap = 0;
  };
  departments.forEach((department, col) => {
    if (!shown(col)) {
      gap += 1;
      return;
    }
    closeGap(`gap-${col}`);
    result.push(cell(department, col));
  });
  closeGap('gap-end');
  return result;
}

/**
 * One activity of the matrix. Memoised on plain values, so a change re-renders the rows it touched (and the
 * rows the Tab stop or the picker left or reached), not the whole table: 200 x 30 is 6,000 cells.
 */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { windowKey, rowIndex, measure, row, activity, departments, roles, signature, status, statusLabel, activeCol, pickingCol, actions, current, first, last } = props;
  const cells = signature.split('|');
  const classes = ['matrix__row', activeCol >= 0 && 'matrix__row--active', current && 'matrix__row--current'].filter(Boolean).join(' ');
  return (
    <tr ref={measure} data-window-key={windowKey} aria-rowindex={rowIndex} data-activity={activity.id} className={classes} aria-current={current ? 'true' : undefined}>
      <th scope="row" aria-colindex={1} className="matrix__activity" title={activity.name}>
        <span className="matrix__activity-name">
          <StatusMark status={status} label={statusLabel} />
          <span>
            <Hyphenated text={activity.name} />
          </span>
        </span>
      </th>
      {cellsNear(departments, (col) => (col >= first && col <= last) || col === activeCol, (department, col) => {
        const held = roles.filter((r) => (cells[col] ?? '').includes(r.key));
        const names = held.map((r) => r.name);
        return (
          <td
            key={department.id}
            role="gridcell"
            aria-colindex={col + 2}
            className="matrix__cell"
            data-row={row}
            data-col={col}
            tabIndex={col === activeCol ? 0 : -1}
            onClick={(event) => {
              if (!(event.target as HTMLElement).closest('.role-picker')) actions.open(row, col);
            }}
          >
            {/* Named by its words, not an aria-label: the letters shown are a picture of the same. */}
            <span className="visually-hidden">{`${activity.name}, ${department.name}: ${names.length === 0 ? 'no role' : names.join(', ')}`}</span>
            <span className="matrix__letters" aria-hidden="true">
              {held.map((role) => (
                <RoleLetter key={role.key} letter={role.key} color={role.color} />
              ))}
            </span>
            {col === pickingCol ? (
              <RolePicker
                cellName={`${activity.name}, ${department.name}`}
                roles={roles}
                held={held.map((r) => r.key)}
                onToggle={(role) => actions.toggle(row, col, role)}
                onClear={() => actions.clear(row, col)}
                onClose={actions.closePicker}
              />
            ) : null}
          </td>
        );
      })}
    </tr>
  );
});

interface MatrixGroupRowProps extends WindowedRowProps {
  readonly name: string;
  readonly columns: number;
}

/** A group's name across the whole table, above its activities. */
export const MatrixGroupRow = memo(function MatrixGroupRow({ windowKey, rowIndex, measure, name, columns }: MatrixGroupRowProps) {
  return (
    <tr ref={measure} data-window-key={windowKey} aria-rowindex={rowIndex} className="matrix__group">
      <th role="rowheader" colSpan={columns}>
        <span className="matrix__group-name">{name}</span>
      </th>
    </tr>
  );
});

interface MatrixSizerRowProps {
  /** Every activity's name, shown or not. */
  readonly names: readonly string[];
  /** Per department, the most roles one of its cells holds ("2,1,3"), as `fullestCells` writes it. */
  readonly fullest: string;
  readonly roles: readonly RoleDefinition[];
}

/**
 * An empty-looking row no taller than nothing that holds the widest content of each column: every name,
 * and each department's fullest cell. A long matrix renders only the rows near the view, and the table
 * sizes its columns to what it holds, so without it the columns would change width while it scrolls.
 */
export const MatrixSizerRow = memo(function MatrixSizerRow({ names, fullest, roles }: MatrixSizerRowProps) {
  return (
    <tr className="matrix__sizer" aria-hidden="true">
      <th className="matrix__activity">
        <span className="matrix__activity-name">
          <StatusMark status="ok" label="" />
          <span>
            {names.map((name, i) => (
              <span key={i}>{name}</span>
            ))}
          </span>
        </span>
      </th>
      {fullest.split(',').map((count, col) => (
        <td key={col} className="matrix__cell">
          <span className="matrix__letters">
            {roles.slice(0, Number(count)).map((role) => (
              <RoleLetter key={role.key} letter={role.key} color={role.color} />
            ))}
          </span>
        </td>
      ))}
    </tr>
  );
});
