import { memo } from 'react';
import type { DepartmentDuties } from '../../domain/departmentDuties';
import { findingKey, type Finding } from '../../domain/checks/findings';
import { severityWords } from '../../domain/checks/severityWords';
import type { Department } from '../../domain/model';
import { DEPARTMENT_COLOUR_CLASS, departmentColourStyle } from '../../ui/departmentColour';
import { Hyphenated } from '../../ui/Hyphenated';
import { RoleLetter } from '../../ui/RoleLetter';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';

export interface DepartmentCardProps {
  readonly workshopTitle: string;
  readonly department: Department;
  readonly roles: DepartmentDuties['roles'];
  readonly status: StatusKind;
  readonly statusLabel: string;
  /** The charter's word on this department ("Agreed on 3 December"), and who signs for it. */
  readonly acknowledgement: { readonly state: string; readonly words: string; readonly lead: string | undefined };
  readonly load: string;
  readonly findings: readonly Finding[];
}

const sameList = <T,>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((x, i) => same(x, b[i] as T));

/** Each role's activities are recomputed on every change; the lists are the same while their activities are. */
const sameRoles = (a: DepartmentCardProps['roles'], b: DepartmentCardProps['roles']) =>
  sameList(a, b, (x, y) => x.role === y.role && sameList(x.activities, y.activities, Object.is));

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  sameList(a, b, (x, y) => findingKey(x) === findingKey(y) && x.message === y.message && x.severity === y.severity);

/**
 * The activity lists are most of a card: a change elsewhere in the matrix (or the workshop's title, which
 * each printed card repeats) leaves them alone.
 */
const RoleLists = memo(
  function RoleLists({ roles }: { readonly roles: DepartmentCardProps['roles'] }) {
    return (
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
    );
  },
  (before, after) => sameRoles(before.roles, after.roles),
);

/**
 * One department's card. It renders again only when something it shows has changed: on a 200 x 30
 * matrix, an edit re-renders the one or two departments it touches, not thirty cards of activity lists.
 */
export const DepartmentCard = memo(
  function DepartmentCard({ workshopTitle, department, roles, status, statusLabel, acknowledgement, load, findings }: DepartmentCardProps) {
    return (
      <article className={`department-card ${DEPARTMENT_COLOUR_CLASS}`} aria-labelledby={`department-${department.id}`} style={departmentColourStyle(department.color)}>
        <p className="department-card__workshop">{workshopTitle}</p>
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
          <StatusMark status={status} label={statusLabel} />
        </header>
        {department.description ? <p className="department-card__description">{department.description}</p> : null}
        <p className={`department-card__ack department-card__ack--${acknowledgement.state}`}>
          <span className="department-card__ack-label">Charter:</span> {acknowledgement.words}
          {acknowledgement.lead ? ` (signs: ${acknowledgement.lead})` : ''}
        </p>
        <p className="department-card__load">{load}</p>
        <RoleLists roles={roles} />
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
  },
  (before, after) =>
    before.workshopTitle === after.workshopTitle &&
    before.department === after.department &&
    before.status === after.status &&
    before.statusLabel === after.statusLabel &&
    before.acknowledgement.state === after.acknowledgement.state &&
    before.acknowledgement.words === after.acknowledgement.words &&
    before.acknowledgement.lead === after.acknowledgement.lead &&
    before.load === after.load &&
    sameRoles(before.roles, after.roles) &&
    sameFindings(before.findings, after.findings),
);
