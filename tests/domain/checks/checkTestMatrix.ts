import type { Assignment, RaciDocument, RoleSchemeId } from '../../../src/domain/model';
import type { CheckSettings } from '../../../src/domain/checks/checkSettings';
import { checkDocument } from '../../../src/domain/checks/checkDocument';
import type { Finding, RuleId } from '../../../src/domain/checks/findings';

/** Department ids double as names, capitalised: 'pr' is "Pr". Short to write, plain to read in messages. */
const nameOf = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

export interface MatrixSpec {
  readonly departments: readonly string[];
  readonly activities: readonly string[];
  /** "activity department role" triples, e.g. 'crisis pr A'. */
  readonly cells?: readonly string[];
  readonly roleScheme?: RoleSchemeId;
  readonly checkSettings?: CheckSettings;
}

export function matrix(spec: MatrixSpec): RaciDocument {
  const assignments = (spec.cells ?? []).map((cell): Assignment => {
    const [activityId = '', departmentId = '', role = ''] = cell.split(' ');
    return { activityId, departmentId, role };
  });
  return {
    title: 'Test',
    roleScheme: spec.roleScheme ?? 'RACI',
    workshop: { organization: '', date: '', facilitator: '', participants: [] },
    departments: spec.departments.map((id) => ({ id, name: nameOf(id), color: '#1e40af' })),
    activities: spec.activities.map((id) => ({ id, name: nameOf(id) })),
    assignments,
    ...(spec.checkSettings ? { checkSettings: spec.checkSettings } : {}),
  };
}

export function findingsOf(doc: RaciDocument, rule: RuleId): Finding[] {
  return checkDocument(doc).findings.filter((f) => f.rule === rule);
}
