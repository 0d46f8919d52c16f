import type { Department, RaciDocument } from '../model';
import { roleName, rolePhrase } from '../roleSchemes';
import type { CheckSettings } from './checkSettings';
import type { Finding } from './findings';
import { roleCount, type MatrixIndex } from './matrixIndex';

/**
 * The vertical analysis: each department read down its column. Source: the classic RACI column checks
 * (a department in nothing, one doing or owning too much, one that never does or owns anything).
 */
export function checkDepartment(department: Department, doc: RaciDocument, index: MatrixIndex, settings: CheckSettings): Finding[] {
  const { scheme } = index;
  const at = { departmentId: department.id };
  const counts = index.roleCounts.get(department.id);
  if (!counts || counts.size === 0) {
    return [{ rule: 'idle-department', severity: 'warning', ...at, message: `${department.name} has no role in any activity. Give it one, or take it out of the workshop.` }];
  }

  const findings: Finding[] = [];
  const total = doc.activities.length;
  const share = (n: number, percent: number) => total >= settings.loadRulesFrom && n * 100 > total * percent;
  const doing = roleCount(index, department.id, scheme.doerRole);
  if (share(doing, settings.overloadedPercent)) {
    findings.push({
      rule: 'overloaded-department',
      severity: 'warning',
      ...at,
      message: `${department.name} is ${rolePhrase(scheme, scheme.doerRole)} ${doing} of ${total} activities, more than ${settings.overloadedPercent}%. Share the work.`,
    });
  }
  const owning = roleCount(index, department.id, scheme.ownerRole);
  if (share(owning, settings.concentrationPercent)) {
    findings.push({
      rule: 'accountability-concentration',
      severity: 'warning',
      ...at,
      message: `${department.name} is ${rolePhrase(scheme, scheme.ownerRole)} ${owning} of ${total} activities, more than ${settings.concentrationPercent}%. Spread the ownership.`,
    });
  }

  const onlyTold = [...counts.keys()].every((role) => role === scheme.consultedRole || role === scheme.informedRole);
  if (onlyTold) {
    const name = (key: string) => roleName(scheme, key);
    findings.push({
      rule: 'no-ownership',
      severity: 'info',
      ...at,
      message: `${department.name} is only ever ${name(scheme.consultedRole)} or ${name(scheme.informedRole)}, never ${name(scheme.doerRole)} or ${name(scheme.ownerRole)}.`,
    });
  }
  return findings;
}
