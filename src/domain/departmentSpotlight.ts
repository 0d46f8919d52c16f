import type { RaciDocument } from './model';

/** Where one department appears: the activities, and how many times in each role. */
export interface DepartmentSpotlight {
  readonly activityIds: ReadonlySet<string>;
  /** How many of its assignments hold each role key. */
  readonly roleCounts: ReadonlyMap<string, number>;
}

export function departmentSpotlight(doc: RaciDocument, departmentId: string): DepartmentSpotlight {
  const activityIds = new Set<string>();
  const counts = new Map<string, number>();
  const known = new Set(doc.activities.map((a) => a.id));
  for (const a of doc.assignments) {
    if (a.departmentId !== departmentId || !known.has(a.activityId)) continue;
    activityIds.add(a.activityId);
    counts.set(a.role, (counts.get(a.role) ?? 0) + 1);
  }
  return { activityIds, roleCounts: counts };
}
