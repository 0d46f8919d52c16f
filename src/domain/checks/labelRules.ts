import { labelKey, shortLabelOf } from '../departmentLabels';
import type { Department } from '../model';
import { joinNames, type Finding } from './findings';

/**
 * Two departments showing the same short label ("CS" for Customer Service and for Customer Success) cannot be
 * told apart on a narrow chip, a matrix header or the charter. One warning for each department whose label an
 * earlier one already shows, naming those, so the department added last (usually the one to rename) is marked.
 */
export function checkShortLabels(departments: readonly Department[]): Finding[] {
  const seen = new Map<string, Department[]>();
  const findings: Finding[] = [];
  for (const department of departments) {
    const label = shortLabelOf(department);
    const key = labelKey(label);
    const earlier = seen.get(key) ?? [];
    if (earlier.length > 0) {
      findings.push({
        rule: 'repeated-short-label',
        severity: 'warning',
        departmentId: department.id,
        message: `${department.name} shows as “${label}”, as ${joinNames(earlier.map((d) => d.name))} already ${earlier.length === 1 ? 'does' : 'do'}: their chips look alike. Give one of them another short label.`,
      });
    }
    seen.set(key, [...earlier, department]);
  }
  return findings;
}
