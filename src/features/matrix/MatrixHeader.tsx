import { memo, type RefObject } from 'react';
import { shortLabelOf } from '../../domain/departmentLabels';
import type { Activity, Department } from '../../domain/model';
import { useFind } from '../../store/boardLens';
import { ActivityFinder } from '../../ui/ActivityFinder';
import { DEPARTMENT_COLOUR_CLASS, departmentColourStyle } from '../../ui/departmentColour';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';

/** Find, as on the board: it reaches the rows a long matrix has not rendered, which the browser's own find cannot. */
function MatrixFinder({ activities }: { readonly activities: readonly Activity[] }) {
  return <ActivityFinder {...useFind(activities)} />;
}

interface MatrixHeaderProps {
  /** The header row, which holds every column even where the rows render only those near the view. */
  readonly rowRef: RefObject<HTMLTableRowElement | null>;
  /** Every activity, for Find. */
  readonly activities: readonly Activity[];
  readonly departments: readonly Department[];
  readonly status: ReadonlyMap<string, StatusKind>;
  readonly labels: ReadonlyMap<string, string>;
}

/** The header row: Find in the corner, departments across by short label, with their checks. Memoised: scrolling a long matrix leaves it be. */
export const MatrixHeader = memo(function MatrixHeader({ rowRef, activities, departments, status, labels }: MatrixHeaderProps) {
  return (
    <thead>
      <tr ref={rowRef} aria-rowindex={1}>
        <th scope="col" aria-colindex={1} className="matrix__corner" aria-label="Activity">
          <MatrixFinder activities={activities} />
          {/* Presenter mode, paper and a picture leave Find out; the column says what it holds instead. */}
          <span className="matrix__corner-title">Activity</span>
        </th>
        {departments.map((department, col) => (
          <th key={department.id} scope="col" aria-colindex={col + 2} className="matrix__department" title={department.name}>
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
