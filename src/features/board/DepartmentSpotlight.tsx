import { departmentSpotlight } from '../../domain/departmentSpotlight';
import type { Department } from '../../domain/model';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { useBoardLens } from '../../store/boardLens';
import { selectDocument, useDocumentStore } from '../../store/documentStore';

interface DepartmentSpotlightProps {
  readonly departments: readonly Department[];
}

/**
 * In the palette: puts one department in the spotlight. The board dims every other chip (still readable),
 * and a line says where the department appears and in which roles. Escape or Clear ends it.
 */
export function DepartmentSpotlight({ departments }: DepartmentSpotlightProps) {
  const doc = useDocumentStore(selectDocument);
  const spotlightId = useBoardLens((s) => s.spotlightId);
  const spotlight = useBoardLens((s) => s.spotlight);
  const scheme = roleSchemeOf(doc.roleScheme);
  const spotlit = departments.find((d) => d.id === spotlightId);
  const found = spotlit ? departmentSpotlight(doc, spotlit.id) : undefined;
  const tallies = found ? scheme.roles.flatMap((role) => {
    const n = found.roleCounts.get(role.key) ?? 0;
    return n > 0 ? [{ role, n }] : [];
  }) : [];
  const activityCount = found ? found.activityIds.size : 0;
  const activities = activityCount === 1 ? '1 activity' : `${activityCount} activities`;

  return (
    <div className="spotlight">
      <label className="spotlight__pick">
        <span>Spotlight</span>
        <select value={spotlit?.id ?? ''} onChange={(event) => spotlight(event.target.value === '' ? undefined : event.target.value)}>
          <option value="">No department</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </select>
      </label>
      <p className="spotlight__summary" role="status">
        {spotlit ? `${spotlit.name} appears in ${activities}${tallies.length > 0 ? `: ${tallies.map(({ role, n }) => `${role.name} ${n}`).join(', ')}` : ''}.` : ''}
      </p>
      {spotlit ? (
        <button type="button" className="spotlight__clear" onClick={() => spotlight(undefined)}>
          Clear spotlight
        </button>
      ) : null}
    </div>
  );
}
