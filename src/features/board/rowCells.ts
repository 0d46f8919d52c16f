import type { Department, RoleKey } from '../../domain/model';

/** The departments in each role lane of one activity, in palette order. */
export type RowCells = ReadonlyMap<string, readonly Department[]>;

type RowHolders = ReadonlyMap<RoleKey, readonly string[]>;

/**
 * The lanes of each row as departments, from the ids the checks' index holds. A row's lanes keep their
 * object while its ids do (the index shares rows an edit did not touch) and the departments are the same.
 */
export function laneCells(departments: readonly Department[]): (row: RowHolders) => RowCells {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const made = new WeakMap<RowHolders, RowCells>();
  return (row) => {
    let cells = made.get(row);
    if (!cells) {
      cells = new Map([...row].map(([role, ids]) => [role, ids.flatMap((id) => byId.get(id) ?? [])]));
      made.set(row, cells);
    }
    return cells;
  };
}
