import { statusWords } from '../activityStatus';
import { checkSettingLabels, type CheckSettings } from '../checks/checkSettings';
import type { RaciDocument, RoleKey, SignOffLine } from '../model';
import { roleSchemeOf } from '../roleSchemes';
import type { ComparedActivityField, ComparedCharterField, ComparedDepartmentField, ComparedWorkshopField, WorkshopChange } from './workshopChanges';

const activityFieldNames: Readonly<Record<ComparedActivityField, string>> = {
  group: 'group',
  channel: 'social property',
  description: 'description',
  decision: 'decision',
  notes: 'notes',
  status: 'status',
  parkingNote: 'parking note',
};
const departmentFieldNames: Readonly<Record<ComparedDepartmentField, string>> = { shortLabel: 'short label', color: 'colour', description: 'description' };
const charterFieldNames: Readonly<Record<ComparedCharterField, string>> = { purpose: 'Purpose', champion: 'Champion', sponsor: 'Sponsor', escalations: 'Escalation rules' };
const workshopFieldNames: Readonly<Record<ComparedWorkshopField, string>> = {
  title: 'Title',
  roleScheme: 'Role scheme',
  organization: 'Organization',
  date: 'Workshop date',
  facilitator: 'Facilitator',
  participants: 'Participants',
};

/** "“a” → “b”", with a word for a field that is set or cleared. */
function fromTo(before: string, after: string): string {
  if (before === '') return `set to “${after}”`;
  if (after === '') return `cleared (was “${before}”)`;
  return `“${before}” → “${after}”`;
}

function signOffText(line: SignOffLine | undefined): string {
  if (!line) return 'nothing';
  const ack = line.acknowledgement;
  const state = ack ? `${ack.state}${ack.date ? ` on ${ack.date}` : ''}${ack.note ? ` (“${ack.note}”)` : ''}` : 'pending';
  return `${line.lead ? `${line.lead}, ` : ''}${state}`;
}

/** The names a change speaks of, looked up in the file that has them (the returned one for what it added). */
export interface ChangeNames {
  readonly department: (id: string) => string;
  readonly activity: (id: string) => string;
  readonly role: (key: RoleKey) => string;
  readonly setting: (key: keyof CheckSettings) => string;
}

export function changeNames(before: RaciDocument, after: RaciDocument): ChangeNames {
  const find = (pick: (doc: RaciDocument) => readonly { id: string; name: string }[], id: string) =>
    pick(after).find((x) => x.id === id)?.name ?? pick(before).find((x) => x.id === id)?.name ?? id;
  const roles = [...roleSchemeOf(after.roleScheme).roles, ...roleSchemeOf(before.roleScheme).roles];
  return {
    department: (id) => find((d) => d.departments, id),
    activity: (id) => find((d) => d.activities, id),
    role: (key) => roles.find((r) => r.key === key)?.name ?? key,
    setting: (key) => checkSettingLabels(roleSchemeOf(after.roleScheme))[key],
  };
}

/** One sentence in the workshop's words, for the merge list, the command line and the JSON. */
export function describeChange(change: WorkshopChange, names: ChangeNames): string {
  // A quoted value that ends its own sentence ends this one too: no second full stop after the quote.
  return sentenceOf(change, names).replace(/([.!?])”\.$/, '$1”');
}

function sentenceOf(change: WorkshopChange, names: ChangeNames): string {
  switch (change.kind) {
    case 'assignment-added':
      return `${names.department(change.departmentId)} becomes ${names.role(change.role)} on “${names.activity(change.activityId)}”.`;
    case 'assignment-removed':
      return `${names.department(change.departmentId)} is no longer ${names.role(change.role)} on “${names.activity(change.activityId)}”.`;
    case 'assignment-moved':
      return `${names.department(change.departmentId)} moves from ${names.role(change.from)} to ${names.role(change.to)} on “${names.activity(change.activityId)}”.`;
    case 'department-added':
      return `New department: ${change.department.name}.`;
    case 'department-removed':
      return `Department removed: ${change.department.name}, with its roles.`;
    case 'department-renamed':
      return `Department renamed: “${change.from}” → “${change.to}”.`;
    case 'department-edited':
      return `${names.department(change.departmentId)}: ${departmentFieldNames[change.field]} ${fromTo(change.before, change.after)}.`;
    case 'activity-added':
      return `New activity: “${change.activity.name}”${change.activity.group ? ` in ${change.activity.group}` : ''}.`;
    case 'activity-removed':
      return `Activity removed: “${change.activity.name}”, with its roles.`;
    case 'activity-renamed':
      return `Activity renamed: “${change.from}” → “${change.to}”.`;
    case 'activity-edited': {
      const word = (value: string) => (change.field === 'status' ? statusWords[value === '' ? 'open' : (value as keyof typeof statusWords)]?.label ?? value : value);
      const text = change.field === 'status' ? `${word(change.before)} → ${word(change.after)}` : fromTo(change.before, change.after);
      return `“${names.activity(change.activityId)}”: ${activityFieldNames[change.field]} ${text}.`;
    }
    case 'sign-off-changed':
      return `Sign-off for ${names.department(change.departmentId)}: ${signOffText(change.before)} → ${signOffText(change.after)}.`;
    case 'charter-changed':
      return `Charter: ${charterFieldNames[change.field]} ${fromTo(change.before, change.after)}.`;
    case 'workshop-changed':
      return `${workshopFieldNames[change.field]} ${fromTo(change.before, change.after)}.`;
    case 'check-setting-changed':
      return `Check setting “${names.setting(change.setting)}”: ${change.before} → ${change.after}.`;
  }
}
