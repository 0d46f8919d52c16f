import type { Assignment } from '../../domain/model';

/** What is being dragged: a department from the palette, or one already placed in a cell. */
export type DragSource =
  | { readonly kind: 'palette'; readonly departmentId: string }
  | { readonly kind: 'placed'; readonly assignment: Assignment };

/** Where it can land: a cell (activity x role lane) or back on the palette, which unassigns. */
export type DropTarget =
  | { readonly kind: 'cell'; readonly activityId: string; readonly role: string }
  | { readonly kind: 'palette' };

// Ids only need to be unique; the data travels in `data`, so ids are never parsed back.
export const paletteDragId = (departmentId: string): string => `palette:${JSON.stringify(departmentId)}`;
export const placedDragId = (a: Assignment): string =>
  `placed:${JSON.stringify([a.activityId, a.departmentId, a.role])}`;
export const cellDropId = (activityId: string, role: string): string => `cell:${JSON.stringify([activityId, role])}`;
export const PALETTE_DROP_ID = 'palette-drop';

export function isDragSource(value: unknown): value is DragSource {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'palette' || kind === 'placed';
}

export function isDropTarget(value: unknown): value is DropTarget {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'cell' || kind === 'palette';
}

export function sourceDepartmentId(source: DragSource): string {
  return source.kind === 'palette' ? source.departmentId : source.assignment.departmentId;
}
