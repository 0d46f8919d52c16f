import { assign, moveAssignment, unassign } from '../../domain/assignmentEdits';
import type { RaciDocument } from '../../domain/model';
import { roleName, roleSchemeOf } from '../../domain/roleSchemes';
import { sourceDepartmentId, type DragSource, type DropTarget } from './dragModel';

export interface DropOutcome {
  /** The document after the drop: the very same object when nothing changed. */
  readonly document: RaciDocument;
  /** What happened, in words for the status bar and screen readers. */
  readonly message: string;
}

function departmentName(doc: RaciDocument, id: string): string {
  return doc.departments.find((d) => d.id === id)?.name ?? 'The department';
}

/** "Resolve customer complaints, Accountable": the same words as the cell's accessible name. */
export function describeCell(doc: RaciDocument, activityId: string, role: string): string {
  const activity = doc.activities.find((a) => a.id === activityId)?.name ?? 'an activity';
  return `${activity}, ${roleName(roleSchemeOf(doc.roleScheme), role)}`;
}

export function describeSource(doc: RaciDocument, source: DragSource): string {
  const name = departmentName(doc, sourceDepartmentId(source));
  if (source.kind === 'palette') return name;
  return `${name} from ${describeCell(doc, source.assignment.activityId, source.assignment.role)}`;
}

/** Decides what a drop does; the board applies the document and announces the message. */
export function dropOutcome(doc: RaciDocument, source: DragSource, target: DropTarget | undefined): DropOutcome {
  const name = departmentName(doc, sourceDepartmentId(source));
  if (!target) {
    return { document: doc, message: source.kind === 'palette' ? `${name} was not placed.` : `${name} stays where it was.` };
  }
  if (target.kind === 'palette') {
    if (source.kind === 'palette') return { document: doc, message: `${name} was not placed.` };
    const { activityId, role } = source.assignment;
    return { document: unassign(doc, source.assignment), message: `${name} removed from ${describeCell(doc, activityId, role)}.` };
  }
  const cell = describeCell(doc, target.activityId, target.role);
  if (source.kind === 'palette') {
    const next = assign(doc, { activityId: target.activityId, departmentId: source.departmentId, role: target.role });
    return { document: next, message: next === doc ? `${name} is already in ${cell}; nothing changed.` : `${name} assigned to ${cell}.` };
  }
  const from = source.assignment;
  if (from.activityId === target.activityId && from.role === target.role) {
    return { document: doc, message: `${name} stays in ${cell}.` };
  }
  const next = moveAssignment(doc, from, target);
  return { document: next, message: `${name} moved from ${describeCell(doc, from.activityId, from.role)} to ${cell}.` };
}
