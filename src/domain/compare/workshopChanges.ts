import { charterOf } from '../charterEdits';
import { defaultCheckSettings, type CheckSettings } from '../checks/checkSettings';
import type { Activity, Department, RaciDocument, RoleKey, SignOffLine } from '../model';

/** The fields of an activity a returned file may change besides its name (which is a rename). */
export const comparedActivityFields = ['group', 'channel', 'description', 'decision', 'notes', 'status', 'parkingNote'] as const;
export type ComparedActivityField = (typeof comparedActivityFields)[number];

export const comparedDepartmentFields = ['shortLabel', 'color', 'description'] as const;
export type ComparedDepartmentField = (typeof comparedDepartmentFields)[number];

export const comparedCharterFields = ['purpose', 'champion', 'sponsor', 'escalations'] as const;
export type ComparedCharterField = (typeof comparedCharterFields)[number];

export const comparedWorkshopFields = ['title', 'roleScheme', 'organization', 'date', 'facilitator', 'participants'] as const;
export type ComparedWorkshopField = (typeof comparedWorkshopFields)[number];

interface Change<Kind extends string> {
  /** Stable within one comparison: what the merge list keys its choices by. */
  readonly id: string;
  readonly kind: Kind;
}

interface FieldChange {
  /** The value before and after as the workshop reads it; '' for a field that is not set. */
  readonly before: string;
  readonly after: string;
}

export type WorkshopChange =
  | (Change<'assignment-added'> & { readonly activityId: string; readonly departmentId: string; readonly role: RoleKey; readonly requires: readonly string[] })
  | (Change<'assignment-removed'> & { readonly activityId: string; readonly departmentId: string; readonly role: RoleKey })
  | (Change<'assignment-moved'> & { readonly activityId: string; readonly departmentId: string; readonly from: RoleKey; readonly to: RoleKey })
  | (Change<'department-added'> & { readonly department: Department })
  | (Change<'department-removed'> & { readonly department: Department })
  | (Change<'department-renamed'> & { readonly departmentId: string; readonly from: string; readonly to: string })
  | (Change<'department-edited'> & FieldChange & { readonly departmentId: string; readonly field: ComparedDepartmentField })
  | (Change<'activity-added'> & { readonly activity: Activity })
  | (Change<'activity-removed'> & { readonly activity: Activity })
  | (Change<'activity-renamed'> & { readonly activityId: string; readonly from: string; readonly to: string })
  | (Change<'activity-edited'> & FieldChange & { readonly activityId: string; readonly field: ComparedActivityField })
  | (Change<'sign-off-changed'> & { readonly departmentId: string; readonly before?: SignOffLine; readonly after?: SignOffLine; readonly requires: readonly string[] })
  | (Change<'charter-changed'> & FieldChange & { readonly field: ComparedCharterField })
  | (Change<'workshop-changed'> & FieldChange & { readonly field: ComparedWorkshopField })
  | (Change<'check-setting-changed'> & { readonly setting: keyof CheckSettings; readonly before: number; readonly after: number });

export type WorkshopChangeKind = WorkshopChange['kind'];

const byId = <T extends { readonly id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

function rolesByPair(doc: RaciDocument): Map<string, RoleKey[]> {
  const pairs = new Map<string, RoleKey[]>();
  for (const a of doc.assignments) {
    const key = JSON.stringify([a.activityId, a.departmentId]);
    pairs.set(key, [...(pairs.get(key) ?? []), a.role]);
  }
  return pairs;
}

/** How a field reads in the workshop's own words, so a change is shown (and compared) as people see it. */
export function escalationsText(doc: RaciDocument): string {
  return charterOf(doc)
    .escalations.map((r) => [r.trigger, r.who, r.howFast].filter(Boolean).join(', '))
    .join('; ');
}

function workshopField(doc: RaciDocument, field: ComparedWorkshopField): string {
  if (field === 'title' || field === 'roleScheme') return doc[field];
  if (field === 'participants') return doc.workshop.participants.join(', ');
  return doc.workshop[field];
}

function charterField(doc: RaciDocument, field: ComparedCharterField): string {
  return field === 'escalations' ? escalationsText(doc) : charterOf(doc)[field];
}

const sameSignOff = (a: SignOffLine | undefined, b: SignOffLine | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed from `before` to `after`, matched by id: departments and activities added, removed,
 * renamed or edited; assignments added, removed or moved between roles (one role left and one taken on the
 * same activity and department); charter, sign-off, workshop and check settings. The assignments of a
 * department or activity that was removed are part of that removal and are not listed apart; those of
 * one that was added list it in `requires`. Order of rows and columns is not compared.
 */
export function diffWorkshops(before: RaciDocument, after: RaciDocument): readonly WorkshopChange[] {
  const changes: WorkshopChange[] = [];
  for (const field of comparedWorkshopFields) {
    const [was, is] = [workshopField(before, field), workshopField(after, field)];
    if (was !== is) changes.push({ id: `workshop:${field}`, kind: 'workshop-changed', field, before: was, after: is });
  }

  const departmentsBefore = byId(before.departments);
  const departmentsAfter = byId(after.departments);
  for (const department of after.departments) {
    const old = departmentsBefore.get(department.id);
    if (!old) {
      changes.push({ id: `department-added:${department.id}`, kind: 'department-added', department });
      continue;
    }
    if (old.name !== department.name) changes.push({ id: `department-renamed:${department.id}`, kind: 'department-renamed', departmentId: department.id, from: old.name, to: department.name });
    for (const field of comparedDepartmentFields) {
      const [was, is] = [old[field] ?? '', department[field] ?? ''];
      if (was !== is) changes.push({ id: `department-edited:${department.id}:${field}`, kind: 'department-edited', departmentId: department.id, field, before: was, after: is });
    }
  }
  for (const department of before.departments) {
    if (!departmentsAfter.has(department.id)) changes.push({ id: `department-removed:${department.id}`, kind: 'department-removed', department });
  }

  const activitiesBefore = byId(before.activities);
  const activitiesAfter = byId(after.activities);
  for (const activity of after.activities) {
    const old = activitiesBefore.get(activity.id);
    if (!old) {
      changes.push({ id: `activity-added:${activity.id}`, kind: 'activity-added', activity });
      continue;
    }
    if (old.name !== activity.name) changes.push({ id: `activity-renamed:${activity.id}`, kind: 'activity-renamed', activityId: activity.id, from: old.name, to: activity.name });
    for (const field of comparedActivityFields) {
      const [was, is] = [old[field] ?? '', activity[field] ?? ''];
      if (was !== is) changes.push({ id: `activity-edited:${activity.id}:${field}`, kind: 'activity-edited', activityId: activity.id, field, before: was, after: is });
    }
  }
  for (const activity of before.activities) {
    if (!activitiesAfter.has(activity.id)) changes.push({ id: `activity-removed:${activity.id}`, kind: 'activity-removed', activity });
  }

  changes.push(...assignmentChanges(before, after, departmentsBefore, activitiesBefore));

  for (const field of comparedCharterFields) {
    const [was, is] = [charterField(before, field), charterField(after, field)];
    if (was !== is) changes.push({ id: `charter:${field}`, kind: 'charter-changed', field, before: was, after: is });
  }
  const linesBefore = new Map(charterOf(before).signOff.map((l) => [l.departmentId, l]));
  const linesAfter = new Map(charterOf(after).signOff.map((l) => [l.departmentId, l]));
  for (const department of after.departments) {
    const [was, is] = [linesBefore.get(department.id), linesAfter.get(department.id)];
    if (sameSignOff(was, is)) continue;
    const requires = departmentsBefore.has(department.id) ? [] : [`department-added:${department.id}`];
    changes.push({ id: `sign-off:${department.id}`, kind: 'sign-off-changed', departmentId: department.id, ...(was ? { before: was } : {}), ...(is ? { after: is } : {}), requires });
  }

  const settingsBefore = before.checkSettings ?? defaultCheckSettings;
  const settingsAfter = after.checkSettings ?? defaultCheckSettings;
  for (const setting of Object.keys(defaultCheckSettings) as (keyof CheckSettings)[]) {
    if (settingsBefore[setting] !== settingsAfter[setting]) {
      changes.push({ id: `check-setting:${setting}`, kind: 'check-setting-changed', setting, before: settingsBefore[setting], after: settingsAfter[setting] });
    }
  }
  return changes;
}

function assignmentChanges(
  before: RaciDocument,
  after: RaciDocument,
  departmentsBefore: ReadonlyMap<string, Department>,
  activitiesBefore: ReadonlyMap<string, Activity>,
): WorkshopChange[] {
  const changes: WorkshopChange[] = [];
  const pairsBefore = rolesByPair(before);
  const pairsAfter = rolesByPair(after);
  const departmentsAfter = new Set(after.departments.map((d) => d.id));
  const activitiesAfter = new Set(after.activities.map((a) => a.id));
  const pairs = new Set([...pairsBefore.keys(), ...pairsAfter.keys()]);
  for (const pair of pairs) {
    const [activityId, departmentId] = JSON.parse(pair) as [string, string];
    // Gone with its department or activity: that removal carries them.
    if (!departmentsAfter.has(departmentId) || !activitiesAfter.has(activityId)) continue;
    const was = pairsBefore.get(pair) ?? [];
    const is = pairsAfter.get(pair) ?? [];
    const left = was.filter((r) => !is.includes(r));
    const taken = is.filter((r) => !was.includes(r));
    const [from, to] = [left[0], taken[0]];
    if (left.length === 1 && taken.length === 1 && from !== undefined && to !== undefined) {
      changes.push({ id: `assignment-moved:${pair}`, kind: 'assignment-moved', activityId, departmentId, from, to });
      continue;
    }
    for (const role of left) changes.push({ id: `assignment-removed:${pair}:${role}`, kind: 'assignment-removed', activityId, departmentId, role });
    const requires = [
      ...(departmentsBefore.has(departmentId) ? [] : [`department-added:${departmentId}`]),
      ...(activitiesBefore.has(activityId) ? [] : [`activity-added:${activityId}`]),
    ];
    for (const role of taken) changes.push({ id: `assignment-added:${pair}:${role}`, kind: 'assignment-added', activityId, departmentId, role, requires });
  }
  return changes;
}
