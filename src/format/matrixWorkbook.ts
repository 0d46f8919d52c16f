import { groupActivities } from '../domain/activityGroups';
import { cellRoles } from '../domain/cellRoles';
import { departmentDuties } from '../domain/departmentDuties';
import type { RaciDocument } from '../domain/model';
import { roleSchemeOf } from '../domain/roleSchemes';

/**
 * The workbook the XLSX export writes, described without a spreadsheet library: what each sheet holds,
 * cell by cell, so it can be tested as data and handed to whichever writer the app loads.
 */
export interface WorkbookCell {
  readonly text: string;
  readonly bold?: true;
  /** Text colour, #rrggbb. */
  readonly color?: string;
  /** Fill colour, #rrggbb. */
  readonly fill?: string;
  readonly align?: 'center';
}

export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  /** Widths in characters, column by column. */
  readonly widths: readonly number[];
  /** Rows and columns kept in view while scrolling (Excel's frozen panes). */
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

const HEADER_FILL = '#e2e8f0';
const MAX_SHEET_NAME = 31;

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique regardless of case. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Department';
  const fits = (suffix: string) => `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  let name = fits('');
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = fits(` (${n})`);
  return name;
}

const text = (value: string, style: Omit<WorkbookCell, 'text'> = {}): WorkbookCell => ({ text: value, ...style });
const heading = (value: string): WorkbookCell => text(value, { bold: true, fill: HEADER_FILL });

function matrixSheet(doc: RaciDocument): WorkbookSheet {
  const scheme = roleSchemeOf(doc.roleScheme);
  const held = cellRoles(doc);
  const order = scheme.roles.map((r) => r.key);
  const header = [heading('Group'), heading('Activity'), heading('Social property'), ...doc.departments.map((d) => heading(d.name))];
  const body = groupActivities(doc.activities).flatMap((group) =>
    group.activities.map((activity) => [
      text(group.name),
      text(activity.name),
      text(activity.channel ?? ''),
      ...doc.departments.map((d) => {
        const keys = [...held(activity.id, d.id)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        // A cell colours all its text alike: the first (most senior) role's colour leads, the letters say the rest.
        const lead = scheme.roles.find((r) => r.key === keys[0]);
        return keys.length === 0 ? text('') : text(keys.join(''), { bold: true, color: lead?.color, align: 'center' });
      }),
    ]),
  );
  const legend = [[], [heading('Legend')], ...scheme.roles.map((role) => [text(role.key, { bold: true, color: role.color, align: 'center' }), text(role.name)])];
  const longest = (values: readonly string[], floor: number, ceiling: number) => Math.min(ceiling, Math.max(floor, ...values.map((v) => v.length + 2)));
  return {
    name: 'Matrix',
    rows: [[text(doc.title, { bold: true })], [], header, ...body, ...legend],
    widths: [
      longest(groupActivities(doc.activities).map((g) => g.name), 12, 30),
      longest(doc.activities.map((a) => a.name), 20, 50),
      longest(doc.activities.map((a) => a.channel ?? ''), 14, 30),
      ...doc.departments.map((d) => longest([d.name], 8, 24)),
    ],
    frozenRows: 3,
    frozenColumns: 2,
  };
}

function dutiesSheet(doc: RaciDocument, duties: ReturnType<typeof departmentDuties>[number], name: string): WorkbookSheet {
  const rows: WorkbookCell[][] = [[text(`${duties.department.name}: what it holds`, { bold: true })], []];
  for (const { role, activities } of duties.roles) {
    rows.push([text(role.key, { bold: true, color: role.color, align: 'center' }), heading(`${role.name} (${activities.length})`), heading('Group')]);
    if (activities.length === 0) rows.push([text(''), text('None')]);
    for (const activity of activities) rows.push([text(''), text(activity.name), text(activity.group ?? '')]);
    rows.push([]);
  }
  return { name, rows, widths: [6, Math.min(50, Math.max(24, ...doc.activities.map((a) => a.name.length + 2))), 24], frozenRows: 0, frozenColumns: 0 };
}

/** The matrix with coloured role letters and a legend, then one sheet per department with its duties. */
export function matrixWorkbook(doc: RaciDocument): readonly WorkbookSheet[] {
  const taken = new Set(['matrix']);
  const perDepartment = departmentDuties(doc).map((duties) => {
    const name = sheetName(duties.department.name, taken);
    taken.add(name.toLowerCase());
    return dutiesSheet(doc, duties, name);
  });
  return [matrixSheet(doc), ...perDepartment];
}
