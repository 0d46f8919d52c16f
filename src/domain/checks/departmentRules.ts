import type { Department, RaciDocument } from '../model';
import { roleName, rolePhrase } from '../roleSchemes';
import type { CheckSettings } from './checkSettings';
import type { Finding, RuleId } from './findings';
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
  // The two load rules: a role held on more than a share of the activities, once there are enough to judge.
  const load = (rule: RuleId, role: string, percent: number, advice: string) => {
    const held = roleCount(index, department.id, role);
    if (total < settings.loadRulesFrom || held * 100 <= total * percent) return;
    const message = `${department.name} is ${rolePhrase(scheme, role)} ${held} of ${total} activities, more than ${percent}%. ${advice}`;
    findings.push({ rule, severity: 'warning', ...at, message });
  };
  load('overloaded-department', scheme.doerRole, settings.overloadedPercent, 'Share the work.');
  load('accountability-concentration', scheme.ownerRole, settings.concentrationPercent, 'Spread the ownership.');

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
