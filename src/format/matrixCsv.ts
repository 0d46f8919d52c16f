import { csvField } from './csvCells';
import { groupActivities } from '../domain/activityGroups';
import type { RaciDocument } from '../domain/model';
import { roleSchemeOf } from '../domain/roleSchemes';

/**
 * The matrix for spreadsheets: one row per activity (with its group and social property), one column per
 * department, role letters in the cells in the scheme's order ("RA" when a department holds both).
 */
export function matrixCsv(doc: RaciDocument): string {
  const order = roleSchemeOf(doc.roleScheme).roles.map((r) => r.key);
  const roles = new Map<string, string[]>();
  for (const a of doc.assignments) {
    const key = JSON.stringify([a.activityId, a.departmentId]);
    roles.set(key, [...(roles.get(key) ?? []), a.role]);
  }
  const header = ['Group', 'Activity', 'Social property', ...doc.departments.map((d) => d.name)];
  const rows = groupActivities(doc.activities).flatMap((group) =>
    group.activities.map((activity) => [
      group.name,
      activity.name,
      activity.channel ?? '',
      ...doc.departments.map((d) =>
        (roles.get(JSON.stringify([activity.id, d.id])) ?? []).sort((x, y) => order.indexOf(x) - order.indexOf(y)).join(''),
      ),
    ]),
  );
  // CRLF and a byte-order mark: what spreadsheet programs expect to read UTF-8 names correctly.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
