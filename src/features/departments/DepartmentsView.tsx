import { useMemo } from 'react';
import { departmentDuties } from '../../domain/departmentDuties';
import { acknowledgementOf, acknowledgementState, describeAcknowledgement } from '../../domain/acknowledgements';
import { charterOf, signOffLead } from '../../domain/charterEdits';
import type { Finding } from '../../domain/checks/findings';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { labelsOf, useJudgedReport } from '../../store/checkReport';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { DepartmentCard } from './DepartmentCard';
import './departments.css';
import { useCardsShown } from './useCardsShown';

/**
 * One card per department: what it owns, does, is consulted on and told about, its load and its findings.
 * What each participant takes home: the browser's print dialog prints one department per page.
 */
export function DepartmentsView() {
  const doc = useDocumentStore(selectDocument);
  const report = useJudgedReport();
  const labels = labelsOf(report);
  const duties = useMemo(() => departmentDuties(doc), [doc]);
  const scheme = roleSchemeOf(doc.roleScheme);
  const total = doc.activities.length;
  const charter = charterOf(doc);
  const shown = useCardsShown(duties.length, total);
  const ownerName = scheme.roles.find((r) => r.key === scheme.ownerRole)?.name;
  const doerName = scheme.roles.find((r) => r.key === scheme.doerRole)?.name;
  // One pass over the findings, not one per card.
  const findingsOf = useMemo(() => {
    const byDepartment = new Map<string, Finding[]>();
    for (const f of report.findings) {
      if (!f.departmentId) continue;
      const list = byDepartment.get(f.departmentId);
      if (list) list.push(f);
      else byDepartment.set(f.departmentId, [f]);
    }
    return byDepartment;
  }, [report]);

  if (duties.length === 0) {
    return (
      <div className="departments">
        <p className="empty-note departments__empty">No departments yet: add them on the board.</p>
      </div>
    );
  }
  return (
    <div className="departments">
      <div className="departments__bar">
        <p className="departments__intro">
          {doc.title}: what each department holds, for the room to take home.
        </p>
        <button type="button" onClick={() => window.print()} title="One department per page">
          Print…
        </button>
      </div>
      <div className="departments__cards">
        {duties.slice(0, shown).map(({ department, roles }) => {
          const load = report.departmentLoad.get(department.id);
          const ack = acknowledgementOf(charter, department.id);
          return (
            <DepartmentCard
              key={department.id}
              workshopTitle={doc.title}
              department={department}
              roles={roles}
              status={report.departmentStatus.get(department.id) ?? 'ok'}
              statusLabel={labels.departments.get(department.id) ?? ''}
              acknowledgement={{ state: acknowledgementState(ack), words: describeAcknowledgement(ack), lead: signOffLead(charter, department.id) || undefined }}
              load={`${ownerName} for ${load?.owner ?? 0} and ${doerName} for ${load?.doer ?? 0} of ${total} activities`}
              findings={findingsOf.get(department.id) ?? []}
            />
          );
        })}
      </div>
    </div>
  );
}
