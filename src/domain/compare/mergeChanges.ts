import { assign, unassign } from '../assignmentEdits';
import { charterOf, setCharter } from '../charterEdits';
import { defaultCheckSettings } from '../checks/checkSettings';
import type { Activity, Assignment, Department, RaciDocument, SignOffLine } from '../model';
import type { WorkshopChange } from './workshopChanges';

/** The ids of `chosen` plus every change they need: an assignment of a new department needs the department. */
export function withRequirements(changes: readonly WorkshopChange[], chosen: ReadonlySet<string>): ReadonlySet<string> {
  const result = new Set(chosen);
  for (const change of changes) {
    if (result.has(change.id) && 'requires' in change) for (const id of change.requires) result.add(id);
  }
  return result;
}

/** The ids of `rejected` plus every change that cannot stand without them. */
export function withDependents(changes: readonly WorkshopChange[], rejected: ReadonlySet<string>): ReadonlySet<string> {
  const result = new Set(rejected);
  for (const change of changes) {
    if ('requires' in change && change.requires.some((id) => result.has(id))) result.add(change.id);
  }
  return result;
}

/** Inserts `item` after the nearest item that precedes it in `order` and is already in `list`. */
function insertInOrder<T extends { readonly id: string }>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const at = order.findIndex((o) => o.id === item.id);
  for (let i = at - 1; i >= 0; i -= 1) {
    const previous = list.findIndex((l) => l.id === order[i]?.id);
    if (previous !== -1) return [...list.slice(0, previous + 1), item, ...list.slice(previous + 1)];
  }
  return [item, ...list];
}

/** A plain assignment: the change's own fields must not travel into the document. */
const pairOf = (c: { readonly activityId: string; readonly departmentId: string }, role: string): Assignment => ({ activityId: c.activityId, departmentId: c.departmentId, role });

const replaceById = <T extends { readonly id: string }>(list: readonly T[], item: T) => list.map((l) => (l.id === item.id ? item : l));

function withSignOff(doc: RaciDocument, departmentId: string, line: SignOffLine | undefined): RaciDocument {
  const charter = charterOf(doc);
  const others = charter.signOff.filter((l) => l.departmentId !== departmentId);
  return setCharter(doc, { ...charter, signOff: line ? [...others, line] : others });
}

/**
 * `base` with the `accepted` changes of a comparison with `other` applied, in an order where each finds
 * what it needs: departments and activities first, then fields, assignments and the charter. A change's
 * new value is read from `other`, so an accepted field takes exactly what the returned file holds.
 * Changes whose requirements were not accepted are skipped (withRequirements adds them first).
 */
export function mergeChanges(base: RaciDocument, other: RaciDocument, accepted: readonly WorkshopChange[]): RaciDocument {
  const phase = (c: WorkshopChange) =>
    c.kind === 'department-added' || c.kind === 'activity-added' ? 0 : c.kind.startsWith('assignment') ? 2 : c.kind === 'department-removed' || c.kind === 'activity-removed' ? 3 : 1;
  const ordered = [...accepted].sort((a, b) => phase(a) - phase(b));
  const departmentsOf = (doc: RaciDocument) => new Set(doc.departments.map((d) => d.id));
  const activitiesOf = (doc: RaciDocument) => new Set(doc.activities.map((a) => a.id));
  let doc = base;
  for (const change of ordered) {
    switch (change.kind) {
      case 'department-added':
        if (!departmentsOf(doc).has(change.department.id)) doc = { ...doc, departments: insertInOrder(doc.departments, change.department, other.departments) };
        break;
      case 'activity-added':
        if (!activitiesOf(doc).has(change.activity.id)) doc = { ...doc, activities: insertInOrder(doc.activities, change.activity, other.activities) };
        break;
      case 'department-renamed':
      case 'department-edited': {
        const current = doc.departments.find((d) => d.id === change.departmentId);
        if (!current) break;
        const field = change.kind === 'department-renamed' ? 'name' : change.field;
        const { [field]: _old, ...rest } = current;
        const value = change.kind === 'department-renamed' ? change.to : change.after;
        doc = { ...doc, departments: replaceById(doc.departments, (value ? { ...rest, [field]: value } : rest) as Department) };
        break;
      }
      case 'activity-renamed':
      case 'activity-edited': {
        const current = doc.activities.find((a) => a.id === change.activityId);
        if (!current) break;
        const field = change.kind === 'activity-renamed' ? 'name' : change.field;
        const { [field]: _old, ...rest } = current;
        const value = change.kind === 'activity-renamed' ? change.to : change.after;
        doc = { ...doc, activities: replaceById(doc.activities, (value ? { ...rest, [field]: value } : rest) as Activity) };
        break;
      }
      case 'assignment-added':
        doc = assign(doc, pairOf(change, change.role));
        break;
      case 'assignment-removed':
        doc = unassign(doc, pairOf(change, change.role));
        break;
      case 'assignment-moved':
        doc = assign(unassign(doc, pairOf(change, change.from)), pairOf(change, change.to));
        break;
      case 'department-removed':
        doc = {
          ...doc,
          departments: doc.departments.filter((d) => d.id !== change.department.id),
          assignments: doc.assignments.filter((a) => a.departmentId !== change.department.id),
        };
        doc = withSignOff(doc, change.department.id, undefined);
        break;
      case 'activity-removed':
        doc = {
          ...doc,
          activities: doc.activities.filter((a) => a.id !== change.activity.id),
          assignments: doc.assignments.filter((a) => a.activityId !== change.activity.id),
        };
        break;
      case 'sign-off-changed':
        if (departmentsOf(doc).has(change.departmentId)) doc = withSignOff(doc, change.departmentId, change.after);
        break;
      case 'charter-changed':
        doc = setCharter(doc, { ...charterOf(doc), [change.field]: charterOf(other)[change.field] });
        break;
      case 'workshop-changed':
        if (change.field === 'title' || change.field === 'roleScheme') doc = { ...doc, [change.field]: other[change.field] };
        else doc = { ...doc, workshop: { ...doc.workshop, [change.field]: other.workshop[change.field] } };
        break;
      case 'check-setting-changed':
        doc = { ...doc, checkSettings: { ...(doc.checkSettings ?? defaultCheckSettings), [change.setting]: change.after } };
        break;
    }
  }
  return doc;
}
