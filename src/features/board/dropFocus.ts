import type { Assignment, RaciDocument } from '../../domain/model';
import { sourceDepartmentId, type DragSource, type DropTarget } from './dragModel';
import { cellFocusKey, paletteChipFocusKey, placedChipFocusKey } from './focusKeys';

/** After a chip leaves a cell, focus goes to the next chip there, else the one before, else the cell. */
export function focusAfterRemoval(doc: RaciDocument, removed: Assignment): string {
  const order = new Map(doc.departments.map((d, i) => [d.id, i]));
  const inCell = doc.assignments
    .filter((a) => a.activityId === removed.activityId && a.role === removed.role)
    .sort((a, b) => (order.get(a.departmentId) ?? 0) - (order.get(b.departmentId) ?? 0));
  const at = inCell.findIndex((a) => a.departmentId === removed.departmentId);
  const successor = inCell[at + 1] ?? inCell[at - 1];
  return successor ? placedChipFocusKey(successor) : cellFocusKey(removed.activityId, removed.role);
}

/**
 * Where a keyboard drag leaves the focus (`doc` is the document before the drop): on the chip where it
 * landed, on the removed chip's successor, or, when nothing moved, back on the chip that was picked up.
 */
export function focusAfterDrop(doc: RaciDocument, source: DragSource, target: DropTarget | undefined): string {
  const departmentId = sourceDepartmentId(source);
  if (target?.kind === 'cell') return placedChipFocusKey({ activityId: target.activityId, departmentId, role: target.role });
  if (target?.kind === 'palette' && source.kind === 'placed') return focusAfterRemoval(doc, source.assignment);
  return source.kind === 'palette' ? paletteChipFocusKey(departmentId) : placedChipFocusKey(source.assignment);
}
