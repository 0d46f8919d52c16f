import { memo } from 'react';
import { shortLabelOf } from '../../domain/departmentLabels';
import type { Department } from '../../domain/model';
import { DEPARTMENT_COLOUR_CLASS, departmentColourStyle } from '../../ui/departmentColour';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';

interface MatrixHeaderProps {
  readonly departments: readonly Department[];
  readonly status: ReadonlyMap<string, StatusKind>;
  readonly labels: ReadonlyMap<string, string>;
}

/** The header row: departments across by short label, with their checks. Memoised: scrolling a long matrix leaves it be. */
export const MatrixHeader = memo(function MatrixHeader({ departments, status, labels }: MatrixHeaderProps) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="matrix__corner">
          Activity
        </th>
        {departments.map((department) => (
          <th key={department.id} scope="col" className="matrix__department" title={department.name}>
            <span className="matrix__department-label">
              <span className={`matrix__swatch ${DEPARTMENT_COLOUR_CLASS}`} style={departmentColourStyle(department.color)} aria-hidden="true" />
              <span aria-hidden="true">{shortLabelOf(department)}</span>
              <span className="visually-hidden">{department.name}</span>
            </span>
            <StatusMark status={status.get(department.id) ?? 'ok'} label={labels.get(department.id) ?? ''} />
          </th>
        ))}
      </tr>
    </thead>
  );
});
