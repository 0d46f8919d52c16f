import { assignmentKey, type Assignment } from '../../domain/model';

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
export const placedDragId = (a: Assignment): string => `placed:${assignmentKey(a)}`;
export const cellDropId = (activityId: string, role: string): string => `cell:${JSON.stringify([activityId, role])}`;
export const PALETTE_DROP_ID = 'palette-drop';

export const dragSourceId = (source: DragSource): string =>
  source.kind === 'palette' ? paletteDragId(source.departmentId) : placedDragId(source.assignment);
export const dropTargetId = (target: DropTarget): string =>
  target.kind === 'palette' ? PALETTE_DROP_ID : cellDropId(target.activityId, target.role);

/**
 * A chip carries what it is as data attributes, so one drag handler for the whole palette or grid can
 * tell which chip was pressed (see DelegatedDrag) and no chip needs a drag hook of its own.
 */
export function dragSourceAttributes(source: DragSource): Record<string, string> {
  return source.kind === 'palette'
    ? { 'data-drag': 'palette', 'data-drag-department': source.departmentId }
    : {
        'data-drag': 'placed',
        'data-drag-activity': source.assignment.activityId,
        'data-drag-department': source.assignment.departmentId,
        'data-drag-role': source.assignment.role,
      };
}

export function dragSourceOf(element: Element): DragSource | undefined {
  const chip = element.closest<HTMLElement>('[data-drag]');
  const { drag, dragDepartment: department, dragActivity: activity, dragRole: role } = chip?.dataset ?? {};
  if (department === undefined) return undefined;
  if (drag === 'palette') return { kind: 'palette', departmentId: department };
  if (drag === 'placed' && activity !== undefined && role !== undefined) return { kind: 'placed', assignment: { activityId: activity, departmentId: department, role } };
  return undefined;
}

/** The same for where a chip can land: a cell (`data-drop="cell"`) or the palette (`data-drop="palette"`). */
export function dropTargetAttributes(target: DropTarget): Record<string, string> {
  return target.kind === 'palette'
    ? { 'data-drop': 'palette' }
    : { 'data-drop': 'cell', 'data-drop-activity': target.activityId, 'data-drop-role': target.role };
}

export function dropTargetOf(element: Element): DropTarget | undefined {
  const zone = element.closest<HTMLElement>('[data-drop]');
  const { drop, dropActivity: activity, dropRole: role } = zone?.dataset ?? {};
  if (drop === 'palette') return { kind: 'palette' };
  if (drop === 'cell' && activity !== undefined && role !== undefined) return { kind: 'cell', activityId: activity, role };
  return undefined;
}

export function isDropTarget(value: unknown): value is DropTarget {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'cell' || kind === 'palette';
}

export function sourceDepartmentId(source: DragSource): string {
  return source.kind === 'palette' ? source.departmentId : source.assignment.departmentId;
}
