import { defaultCheckSettings, type CheckSettings } from '../domain/checks/checkSettings';
import { departmentColors } from '../domain/departmentColors';
import { normalShortLabel, SHORT_LABEL_MAX_LENGTH } from '../domain/departmentLabels';
import { assignmentKey, type Activity, type Assignment, type Charter, type Department, type RaciDocument, type SignOffLine } from '../domain/model';
import { roleSchemeOf } from '../domain/roleSchemes';
import type { FileContent } from './fileSchema';

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

// Repairs are said as a person counts (from 1) and names things (by name where the file gives one); the
// file's own words are quoted, since it may hold anything.

/** Keeps the first item of each id; later ones are dropped with a warning naming where they were. */
function keepFirstById<T extends { id: string; name: string }>(items: readonly T[], noun: string, warnings: string[]) {
  const seen = new Set<string>();
  const kept: { item: T; index: number }[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
      warnings.push(`${capitalised} ${index + 1} (“${item.name}”) is the same ${noun} as an earlier one (the same id); it was left out.`);
      return;
    }
    seen.add(item.id);
    kept.push({ item, index });
  });
  return { kept, ids: seen };
}

/** An optional text field, present only when it holds something. */
const optional = <K extends string>(key: K, value: string | undefined) => (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

function withDefaults(partial: Partial<Record<keyof CheckSettings, number | undefined>>): CheckSettings {
  const settings: Record<keyof CheckSettings, number> = { ...defaultCheckSettings };
  for (const key of Object.keys(defaultCheckSettings) as (keyof CheckSettings)[]) {
    const value = partial[key];
    if (value !== undefined) settings[key] = value;
  }
  return settings;
}

function repairCharter(charter: NonNullable<FileContent['document']['charter']>, departmentIds: ReadonlySet<string>, warnings: string[]): Charter {
  const signOff: SignOffLine[] = [];
  (charter.signOff ?? []).forEach((line, index) => {
    if (!departmentIds.has(line.departmentId)) {
      warnings.push(`Sign-off line ${index + 1} is for a department that is not in the workshop; it was left out.`);
      return;
    }
    const ack = line.acknowledgement;
    signOff.push({
      departmentId: line.departmentId,
      lead: line.lead ?? '',
      ...(ack ? { acknowledgement: { state: ack.state, date: ack.date ?? '', ...optional('note', ack.note) } } : {}),
    });
  });
  return {
    purpose: charter.purpose ?? '',
    champion: charter.champion ?? '',
    sponsor: charter.sponsor ?? '',
    escalations: (charter.escalations ?? []).map((r) => ({ trigger: r.trigger ?? '', who: r.who ?? '', howFast: r.howFast ?? '' })),
    signOff,
  };
}

/**
 * Drops what cannot be kept without guessing, and says so: never a silent repair. Colours are checked
 * strictly because they reach CSS.
 */
export function repairDocument(content: FileContent['document']): { document: RaciDocument; warnings: string[] } {
  const warnings: string[] = [];
  const scheme = roleSchemeOf(content.roleScheme ?? 'RACI');

  const departmentsById = keepFirstById(content.departments, 'department', warnings);
  const departments = departmentsById.kept.map(({ item: d, index }): Department => {
    let color = d.color;
    if (color === undefined || !HEX_COLOR.test(color)) {
      if (color !== undefined) warnings.push(`${d.name} has “${color}” as its colour, which is not a colour like #1e40af; it was given one of the app’s colours.`);
      color = departmentColors[index % departmentColors.length] ?? '#334155';
    }
    const shortLabel = normalShortLabel(d.shortLabel);
    if (shortLabel !== undefined && shortLabel !== d.shortLabel?.trim()) {
      warnings.push(`The short label of ${d.name}, “${d.shortLabel ?? ''}”, is longer than ${SHORT_LABEL_MAX_LENGTH} characters; “${shortLabel}” is kept.`);
    }
    return { id: d.id, name: d.name, color, ...optional('shortLabel', shortLabel), ...optional('description', d.description) };
  });

  const activitiesById = keepFirstById(content.activities, 'activity', warnings);
  const activities = activitiesById.kept.map(({ item: a }): Activity => ({
    id: a.id,
    name: a.name,
    ...optional('group', a.group),
    ...optional('channel', a.channel),
    ...optional('description', a.description),
    ...optional('decision', a.decision),
    ...optional('notes', a.notes),
    // "open" is the default and is not kept, so a file that writes it reads the same as one that does not.
    ...(a.status && a.status !== 'open' ? { status: a.status } : {}),
    ...optional('parkingNote', a.parkingNote),
  }));

  const roleKeys = new Set(scheme.roles.map((r) => r.key));
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  content.assignments.forEach((a, index) => {
    const where = `Assignment ${index + 1}`;
    const key = assignmentKey(a);
    if (!activitiesById.ids.has(a.activityId)) {
      warnings.push(`${where} is for an activity that is not in the workshop; it was left out.`);
    } else if (!departmentsById.ids.has(a.departmentId)) {
      warnings.push(`${where} is for a department that is not in the workshop; it was left out.`);
    } else if (!roleKeys.has(a.role)) {
      warnings.push(`${where} gives the role “${a.role}”, which ${scheme.id} does not have; it was left out.`);
    } else if (seen.has(key)) {
      warnings.push(`${where} repeats an earlier one; it was left out.`);
    } else {
      seen.add(key);
      assignments.push({ activityId: a.activityId, departmentId: a.departmentId, role: a.role });
    }
  });

  const workshop = content.workshop ?? {};
  const document: RaciDocument = {
    title: content.title?.trim() || 'Untitled workshop',
    roleScheme: scheme.id,
    workshop: {
      organization: workshop.organization ?? '',
      date: workshop.date ?? '',
      facilitator: workshop.facilitator ?? '',
      participants: workshop.participants ?? [],
    },
    departments,
    activities,
    assignments,
    ...(content.checkSettings ? { checkSettings: withDefaults(content.checkSettings) } : {}),
    ...(content.charter ? { charter: repairCharter(content.charter, departmentsById.ids, warnings) } : {}),
  };
  return { document, warnings };
}
