import { addDepartment } from '../domain/departmentEdits';
import { idAllocator } from '../domain/ids';
import type { Activity, Assignment, RaciDocument, RoleSchemeId } from '../domain/model';
import { roleSchemeOf } from '../domain/roleSchemes';
import { createBlankWorkshop } from '../domain/templates/blank';
import { readCsvRows, restoreFormulaText } from './csvCells';
import { fileError, MAX_FILE_BYTES, tooLargeError, type FileError } from './fileErrors';
import { guessRoleScheme, readRoleCell } from './roleCells';
import { readSheetHeader, type SheetColumns, type SheetLayout } from './sheetHeader';

export interface SheetImportOptions {
  /** The title when the sheet has none above its header, e.g. the file's name. */
  readonly title: string;
  /** The workshop's date, yyyy-mm-dd. */
  readonly today: string;
  /** The scheme to read the letters in; guessed from the letters when absent. */
  readonly roleScheme?: RoleSchemeId;
}

export type SheetImport =
  | {
      readonly ok: true;
      readonly document: RaciDocument;
      readonly layout: SheetLayout;
      /** Whether the scheme came from the letters rather than from the options. */
      readonly schemeGuessed: boolean;
      /** What was left out or read in a particular way, in the sheet's own row and column names. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly error: FileError };

const refuse = (message: string): SheetImport => ({ ok: false, error: fileError('not-a-matrix', message) });

interface SheetRow {
  /** As the spreadsheet program numbers it. */
  readonly number: number;
  readonly cells: readonly string[];
}

const filled = (cells: readonly string[]) => cells.filter((cell) => cell !== '').length;

// A line such as "R = Responsible" or "Accountable (A)" under the matrix explains the letters.
const LEGEND_LINE = /^(\p{Letter}\s*[=:–—-]\s*\p{Letter}+|\p{Letter}+\s*\(\p{Letter}\))/u;

/** Rows that are text in the activity column only, followed by a row with letters: headings of a group. */
function isGroupHeading(row: SheetRow, next: SheetRow | undefined, columns: SheetColumns): boolean {
  const letters = (r: SheetRow) => columns.departments.some((d) => d.columns.some((c) => (r.cells[c] ?? '') !== ''));
  return columns.group === undefined && filled(row.cells) === 1 && (row.cells[columns.activity] ?? '') !== '' && next !== undefined && letters(next);
}

/** Names a unknown text once, with how often and where it was met, rather than once per cell. */
function unknownTextNotes(unknown: Map<string, number[]>, scheme: RoleSchemeId): string[] {
  const letters = roleSchemeOf(scheme).roles.map((r) => r.key).join(', ');
  return [...unknown].map(([text, rows]) => {
    const where = rows.length === 1 ? `row ${rows[0]}` : `${rows.length} cells (rows ${rows[0]}–${rows[rows.length - 1]})`;
    return `“${text}” in ${where} is not a ${scheme} role (${letters}); left out.`;
  });
}

/**
 * Reads a matrix from a spreadsheet's CSV: the app's own export, or the common layout of activities
 * down and departments across with role letters in the cells. What cannot be read is listed, never
 * silently dropped; a file that holds no matrix at all is refused with the reason.
 */
export function parseMatrixCsv(text: string, options: SheetImportOptions): SheetImport {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: tooLargeError() };
  if (text.startsWith('PK\u0003\u0004')) {
    return refuse('This is a workbook (.xlsx or .ods), not CSV. In the spreadsheet program, save the sheet as “CSV UTF-8”, then import that file.');
  }
  if (text.includes('\u0000')) return refuse('This file is not text, so it is not CSV.');
  const read = readCsvRows(text);
  if (!read.ok) return refuse(`A quoted cell that starts on line ${read.line} is never closed, so the rest of the file cannot be read.`);
  const rows: SheetRow[] = read.rows
    .map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => restoreFormulaText(cell.trim())) }))
    .filter((row) => filled(row.cells) > 0);
  const headerAt = rows.findIndex((row) => filled(row.cells) >= 2);
  if (rows.length === 0) return refuse('The file is empty.');
  if (headerAt === -1) return refuse('No row has more than one cell filled, so there is no header row naming the departments.');
  const titleRow = rows.slice(0, headerAt).find((row) => filled(row.cells) === 1);
  const columns = readSheetHeader(rows[headerAt]?.cells ?? []);
  if (columns.departments.length === 0) {
    return refuse('The header row names no departments: it should name the activity column, then one column per department.');
  }
  const body = rows.slice(headerAt + 1);
  const at = (row: SheetRow, column: number | undefined) => (column === undefined ? '' : (row.cells[column] ?? ''));
  const departmentCells = body.flatMap((row) => columns.departments.flatMap((d) => d.columns.map((c) => at(row, c)))).filter((cell) => cell !== '');
  const scheme = options.roleScheme ?? guessRoleScheme(departmentCells);

  const notes: string[] = [...columns.skipped];
  let doc: RaciDocument = { ...createBlankWorkshop(options.today), title: titleRow?.cells.find((c) => c !== '') ?? options.title, roleScheme: scheme };
  for (const department of columns.departments) doc = addDepartment(doc, { name: department.name });
  const nextActivityId = idAllocator();
  const activities: Activity[] = [];
  const assignments: Assignment[] = [];
  const unknown = new Map<string, number[]>();
  let heading: string | undefined;
  body.forEach((row, index) => {
    const name = at(row, columns.activity);
    if (isGroupHeading(row, body[index + 1], columns)) {
      heading = name;
      return;
    }
    if (name === '') {
      notes.push(`Row ${row.number} has no activity name; left out.`);
      return;
    }
    if (columns.layout === 'activities-down' && filled(row.cells) === 1 && LEGEND_LINE.test(name)) {
      notes.push(`Row ${row.number} (“${name}”) reads as a legend line, not an activity; left out.`);
      return;
    }
    const group = columns.group === undefined ? heading : at(row, columns.group);
    const optional = (key: 'group' | 'channel' | 'description' | 'notes', value: string | undefined) => (value ? { [key]: value } : {});
    const activity: Activity = {
      id: nextActivityId(name),
      name,
      ...optional('group', group),
      ...optional('channel', at(row, columns.channel)),
      ...optional('description', at(row, columns.description)),
      ...optional('notes', at(row, columns.notes)),
    };
    activities.push(activity);
    columns.departments.forEach((column, d) => {
      const departmentId = doc.departments[d]?.id ?? '';
      const given = new Set<string>();
      for (const cell of column.columns.map((c) => at(row, c))) {
        const roles = readRoleCell(cell, roleSchemeOf(scheme));
        // Two columns of one department may both give a role: it is held once.
        for (const role of roles.roles.filter((r) => !given.has(r))) {
          given.add(role);
          assignments.push({ activityId: activity.id, departmentId, role });
        }
        for (const word of roles.unknown) unknown.set(word, [...(unknown.get(word) ?? []), row.number]);
      }
    });
  });
  if (activities.length === 0) return refuse('The header row is there, but no row below it names an activity.');
  notes.push(...unknownTextNotes(unknown, scheme));
  return { ok: true, document: { ...doc, activities, assignments }, layout: columns.layout, schemeGuessed: options.roleScheme === undefined, notes };
}
