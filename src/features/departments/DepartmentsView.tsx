import { useMemo } from 'react';
import { departmentDuties } from '../../domain/departmentDuties';
import { acknowledgementOf, acknowledgementState, describeAcknowledgement } from '../../domain/acknowledgements';
import { charterOf, signOffLead } from '../../domain/charterEdits';
import { findingLabels } from '../../domain/checks/findingLabels';
import { findingKey } from '../../domain/checks/findings';
import { severityWords } from '../../domain/checks/severityWords';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { useJudgedReport } from '../../store/checkReport';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { DEPARTMENT_COLOUR_CLASS, departmentColourStyle } from '../../ui/departmentColour';
import { RoleLetter } from '../../ui/RoleLetter';
import { StatusMark } from '../../ui/StatusMark';
import './departments.css';
import { Hyphenated } from '../../ui/Hyphenated';

/**
 * One card per department: what it owns, does, is consulted on and told about, its load and its findings.
 * What each participant takes home: the browser's print dialog prints one department per page.
 */
export function DepartmentsView() {
  const doc = useDocumentStore(selectDocument);
  const report = useJudgedReport();
  const labels = useMemo(() => findingLabels(report), [report]);
  const duties = useMemo(() => departmentDuties(doc), [doc]);
  const scheme = roleSchemeOf(doc.roleScheme);
  const total = doc.activities.length;
  const charter = charterOf(doc);

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
        {duties.map(({ department, roles }) => {
          const findings = report.findings.filter((f) => f.departmentId === department.id);
          const load = report.departmentLoad.get(department.id);
          const ack = acknowledgementOf(charter, department.id);
          const lead = signOffLead(charter, department.id);
          return (
            <article key={department.id} className={`department-card ${DEPARTMENT_COLOUR_CLASS}`} aria-labelledby={`department-${department.id}`} style={departmentColourStyle(department.color)}>
              <p className="department-card__workshop">{doc.title}</p>
              <header className="department-card__header">
                <h2 id={`department-${department.id}`} className="department-card__name">
                  <Hyphenated text={department.name} />
                  {department.shortLabel && department.shortLabel !== department.name ? (
                    <>
                      {' '}
                      <span className="department-card__short">({department.shortLabel})</span>
                    </>
                  ) : null}
                </h2>
                <StatusMark status={report.departmentStatus.get(department.id) ?? 'ok'} label={labels.departments.get(department.id) ?? ''} />
              </header>
              {department.description ? <p className="department-card__description">{department.description}</p> : null}
              <p className={`department-card__ack department-card__ack--${acknowledgementState(ack)}`}>
                <span className="department-card__ack-label">Charter:</span> {describeAcknowledgement(ack)}
                {lead ? ` (signs: ${lead})` : ''}
              </p>
              <p className="department-card__load">
                {scheme.roles.find((r) => r.key === scheme.ownerRole)?.name} for {load?.owner ?? 0} and{' '}
                {scheme.roles.find((r) => r.key === scheme.doerRole)?.name} for {load?.doer ?? 0} of {total} activities
              </p>
              <dl className="department-card__roles">
                {roles.map(({ role, activities }) => (
                  <div key={role.key} className="department-card__role">
                    <dt>
                      <RoleLetter letter={role.key} color={role.color} />
                      {role.name} ({activities.length})
                    </dt>
                    <dd>
                      {activities.length === 0 ? (
                        <span className="department-card__none">none</span>
                      ) : (
                        <ul>
                          {activities.map((a) => (
                            <li key={a.id}>
                              <Hyphenated text={a.name} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
              {findings.length > 0 ? (
                <ul className="department-card__findings" aria-label={`Findings for ${department.name}`}>
                  {findings.map((f) => (
                    <li key={findingKey(f)}>
                      <StatusMark status={f.severity} label={severityWords[f.severity].singular} /> {f.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </article>
          );
        })}
      </div>
    </div>
  );
}
