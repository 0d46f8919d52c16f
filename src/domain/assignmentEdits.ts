import { sameAssignment, type Assignment, type RaciDocument } from './model';

/** Edits return the very same document when they change nothing, so callers can skip an undo step. */

function holds(doc: RaciDocument, assignment: Assignment): boolean {
  return doc.assignments.some((a) => sameAssignment(a, assignment));
}

function knows(doc: RaciDocument, assignment: Assignment): boolean {
  return (
    doc.activities.some((a) => a.id === assignment.activityId) &&
    doc.departments.some((d) => d.id === assignment.departmentId)
  );
}

export function assign(doc: RaciDocument, assignment: Assignment): RaciDocument {
  if (holds(doc, assignment) || !knows(doc, assignment)) return doc;
  return { ...doc, assignments: [...doc.assignments, { ...assignment }] };
}

export function unassign(doc: RaciDocument, assignment: Assignment): RaciDocument {
  if (!holds(doc, assignment)) return doc;
  return { ...doc, assignments: doc.assignments.filter((a) => !sameAssignment(a, assignment)) };
}

/**
 * Moves a placed department to another cell. Landing where the department already is merges the two:
 * the moved assignment disappears and the one in place stays.
 */
export function moveAssignment(
  doc: RaciDocument,
  from: Assignment,
  to: { activityId: string; role: string },
): RaciDocument {
  if (!holds(doc, from)) return doc;
  const target: Assignment = { activityId: to.activityId, departmentId: from.departmentId, role: to.role };
  if (sameAssignment(from, target)) return doc;
  if (!knows(doc, target)) return doc;
  const others = doc.assignments.filter((a) => !sameAssignment(a, from));
  if (holds(doc, target)) return { ...doc, assignments: others };
  // Keep the moved assignment at its old position in the list so the file diff stays small.
  return {
    ...doc,
    assignments: doc.assignments.map((a) => (sameAssignment(a, from) ? target : a)),
  };
}

/** Gives a department a role on an activity, or takes it back if it holds it (a letter typed in the matrix). */
export function toggleRole(doc: RaciDocument, assignment: Assignment): RaciDocument {
  return holds(doc, assignment) ? unassign(doc, assignment) : assign(doc, assignment);
}

/** Takes every role a department holds on an activity (Delete in the matrix). */
export function clearRoles(doc: RaciDocument, activityId: string, departmentId: string): RaciDocument {
  const assignments = doc.assignments.filter((a) => a.activityId !== activityId || a.departmentId !== departmentId);
  return assignments.length === doc.assignments.length ? doc : { ...doc, assignments };
}
