import type { Activity, RaciDocument } from '../model';
import { roleName, rolePhrase } from '../roleSchemes';
import type { CheckSettings } from './checkSettings';
import { countOf, joinNames, type Finding } from './findings';
import { holdersOf, type MatrixIndex } from './matrixIndex';

/**
 * The horizontal analysis: each activity read across its row. Sources: PMBOK (one accountable per task)
 * and the classic RACI row checks (no R, no A, more than one A, too many R or C, everyone in everything).
 */
export function checkActivity(activity: Activity, doc: RaciDocument, index: MatrixIndex, settings: CheckSettings): Finding[] {
  const { scheme } = index;
  const findings: Finding[] = [];
  const at = { activityId: activity.id };
  const names = (ids: readonly string[]) => joinNames(ids.map(index.departmentName));
  const owner = rolePhrase(scheme, scheme.ownerRole);
  const doer = rolePhrase(scheme, scheme.doerRole);

  const owners = holdersOf(index, activity.id, scheme.ownerRole);
  if (owners.length === 0) {
    findings.push({ rule: 'no-accountable', severity: 'error', ...at, message: `No department is ${owner} ${activity.name}. Agree on one.` });
  } else if (owners.length > 1) {
    findings.push({
      rule: 'multiple-accountable',
      severity: 'error',
      ...at,
      message: `${countOf(owners.length, 'department')} are ${owner} ${activity.name}: ${names(owners)}. Agree on one.`,
    });
  }

  const doers = holdersOf(index, activity.id, scheme.doerRole);
  const maxDoers = scheme.doerExactlyOne ? 1 : settings.maxResponsible;
  if (doers.length === 0) {
    findings.push({ rule: 'no-responsible', severity: 'error', ...at, message: `No department is ${doer} ${activity.name}. Someone has to do the work.` });
  } else if (doers.length > maxDoers) {
    const advice = scheme.doerExactlyOne
      ? `${scheme.id} allows exactly one ${roleName(scheme, scheme.doerRole)} per activity.`
      : `More than ${maxDoers} blur who does the work.`;
    findings.push({
      rule: 'too-many-responsible',
      // DACI wants exactly one Driver, so its threshold is 1; the severity stays the table's.
      severity: 'warning',
      ...at,
      message: `${countOf(doers.length, 'department')} are ${doer} ${activity.name}: ${names(doers)}. ${advice}`,
    });
  }

  const consulted = holdersOf(index, activity.id, scheme.consultedRole);
  if (consulted.length > settings.maxConsulted) {
    findings.push({
      rule: 'too-many-consulted',
      severity: 'warning',
      ...at,
      message: `${countOf(consulted.length, 'department')} are ${rolePhrase(scheme, scheme.consultedRole)} ${activity.name}: ${names(consulted)}. More than ${settings.maxConsulted} slow every decision: inform some instead.`,
    });
  }

  const involved = index.rolesOn.get(activity.id)?.size ?? 0;
  if (doc.departments.length >= settings.everyoneInvolvedFrom && involved === doc.departments.length) {
    findings.push({
      rule: 'everyone-involved',
      severity: 'warning',
      ...at,
      message: `Every department (all ${involved}) has a role in ${activity.name}. Does everyone really need to be involved?`,
    });
  }

  if (consulted.length === 0 && holdersOf(index, activity.id, scheme.informedRole).length === 0) {
    findings.push({
      rule: 'no-communication',
      severity: 'info',
      ...at,
      message: `Nobody is ${rolePhrase(scheme, scheme.consultedRole)} or ${rolePhrase(scheme, scheme.informedRole)} ${activity.name}.`,
    });
  }

  findings.push(...conflictingRoles(activity, index));
  return findings;
}

/** One department holding roles that contradict each other on one activity: a finding per department. */
function conflictingRoles(activity: Activity, index: MatrixIndex): Finding[] {
  const { scheme } = index;
  const held = index.rolesOn.get(activity.id);
  if (!held) return [];
  const findings: Finding[] = [];
  const name = (key: string) => roleName(scheme, key);
  // Only the departments involved in the row, in document order: linear in the assignments.
  const involved = [...held.keys()].sort((a, b) => index.departmentRank(a) - index.departmentRank(b));
  for (const departmentId of involved) {
    const roles = held.get(departmentId);
    if (!roles || roles.size < 2) continue;
    const department = { id: departmentId, name: index.departmentName(departmentId) };
    const told = [scheme.consultedRole, scheme.informedRole].filter((r) => roles.has(r));
    const working = [scheme.doerRole, scheme.ownerRole].filter((r) => roles.has(r));
    let message: string | undefined;
    if (told.length > 0 && working.length > 0) {
      message = `${department.name} is ${joinNames(working.map(name))} on ${activity.name} and also ${joinNames(told.map(name))}. Whoever does or owns the work needs no consulting or informing: keep one role.`;
    } else if (told.length === 2) {
      message = `${department.name} is both ${name(scheme.consultedRole)} and ${name(scheme.informedRole)} on ${activity.name}. Being consulted already includes being informed: keep one.`;
    }
    if (message) findings.push({ rule: 'conflicting-roles', severity: 'warning', activityId: activity.id, departmentId: department.id, message });
  }
  return findings;
}
