import { memo } from 'react';
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

interface MatrixRowProps {
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
}

/**
 * One activity of the matrix. Memoised on plain values, so a change re-renders the rows it touched (and the
 * rows the Tab stop or the picker left or reached), not the whole table: 200 x 30 is 6,000 cells.
 */
export const MatrixRow = memo(function MatrixRow({ row, activity, departments, roles, signature, status, statusLabel, activeCol, pickingCol, actions, current }: MatrixRowProps) {
  const cells = signature.split('|');
  const classes = ['matrix__row', activeCol >= 0 && 'matrix__row--active', current && 'matrix__row--current'].filter(Boolean).join(' ');
  return (
    <tr data-activity={activity.id} className={classes} aria-current={current ? 'true' : undefined}>
      <th scope="row" className="matrix__activity" title={activity.name}>
        <span className="matrix__activity-name">
          <StatusMark status={status} label={statusLabel} />
          <span>
            <Hyphenated text={activity.name} />
          </span>
        </span>
      </th>
      {departments.map((department, col) => {
        const held = roles.filter((r) => (cells[col] ?? '').includes(r.key));
        const names = held.map((r) => r.name);
        return (
          <td
            key={department.id}
            role="gridcell"
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
