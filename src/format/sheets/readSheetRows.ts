import { addDepartment } from '../../domain/departmentEdits';
import { idAllocator } from '../../domain/ids';
import type { Activity, Assignment, RaciDocument, RoleKey, RoleSchemeId } from '../../domain/model';
import { roleName, roleSchemeOf } from '../../domain/roleSchemes';
import { createBlankWorkshop } from '../../domain/templates/blank';
import { restoreFormulaText } from '../csvCells';
import { fileError, type FileError } from '../fileErrors';
import type { SheetRows } from '../sheetGrid';
import { meaningOfMark, readCellMarks } from './cellMarks';
import { findSheetHeader, type SheetLayout } from './findSheetHeader';
import { headerWordOf } from './headerWords';
import { guessSchemeFromConcepts, isNativeConcept, roleKeyOf, type MarkMeaning } from './markRoles';
import { departmentNamesIn, namesInCell, wholeNames } from './roleColumns';
import { guessColumnParts, roleOfHeader, cellAt, filledCount, type ColumnGuess, type ColumnPart, type SheetRow } from './sheetColumns';
import { isLegendTitle, legendEntriesOf, pairedLegendEntry, type SheetLegend } from './sheetLegend';
import { address, columnLetter, emptyMarkNotes, leftOutNotes, TextTally } from './sheetNotes';
import { shortLabelsFor } from './shortLabels';
import { conceptWords, type RoleConcept } from './roleWords';

export type { SheetLayout } from './findSheetHeader';
export type { ColumnPart } from './sheetColumns';
export type { MarkMeaning } from './markRoles';

/** What the preview lets a person correct; every field left out keeps the guess. */
export interface SheetChoices {
  /** A part per column (by index from 0). */
  readonly parts?: Readonly<Record<number, ColumnPart | 'names'>>;
  /** What a mark means, by its key as `marks` lists it ("S", "x", "verantwortlich"). */
  readonly marks?: Readonly<Record<string, MarkMeaning>>;
  /** Read the sheet with activities down, or turned: departments down and activities across. */
  readonly orientation?: 'activities-down' | 'departments-down';
  readonly roleScheme?: RoleSchemeId;
}

export interface SheetImportOptions {
  /** The title when the sheet has none above its header, e.g. the file's name. */
  readonly title: string;
  /** The workshop's date, yyyy-mm-dd. */
  readonly today: string;
  /** The scheme to read the marks in; guessed from them when absent. */
  readonly roleScheme?: RoleSchemeId;
  readonly choices?: SheetChoices;
}

export interface SheetColumnReading {
  readonly index: number;
  /** As the spreadsheet names it: "A", "B", … ("3" for a row when the sheet is read turned). */
  readonly label: string;
  readonly header: string;
  readonly part: ColumnPart | 'names';
  readonly reason: string;
}

export interface SheetMarkReading {
  /** The key choices use: "R", "x", "verantwortlich". */
  readonly mark: string;
  readonly count: number;
  readonly meaning: MarkMeaning;
  readonly source: 'legend' | 'letter' | 'word' | 'single';
}

export type SheetImport =
  | {
      readonly ok: true;
      readonly document: RaciDocument;
      readonly layout: SheetLayout;
      /** The header's row number, as the spreadsheet program numbers it. */
      readonly headerRow: number;
      readonly columns: readonly SheetColumnReading[];
      readonly marks: readonly SheetMarkReading[];
      /** Whether the scheme came from the marks rather than from a choice. */
      readonly schemeGuessed: boolean;
      /** What was left out or read in a particular way, by spreadsheet address, in full. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly error: FileError };

const MAX_COLUMNS = 200;
const refuse = (message: string): SheetImport => ({ ok: false, error: fileError('not-a-matrix', message) });
const SEPARATOR_ROW = /^:?-{2,}:?$/u;

/** The legend's rows and what they say: rows whose every filled cell is a legend entry. */
function readLegend(rows: readonly SheetRow[]): { legend: Map<string, MarkMeaning>; rows: Set<number>; notes: string[] } {
  const legend = new Map<string, MarkMeaning>();
  const legendRows = new Set<number>();
  const said: string[] = [];
  rows.forEach((row, i) => {
    const filled = row.cells.filter((cell) => cell !== '');
    if (filled.length === 1 && isLegendTitle(filled[0] ?? '')) {
      legendRows.add(i);
      return;
    }
    // A mark and its meaning side by side, perhaps with a longer explanation after them.
    const pair = filled.length >= 2 && filled.length <= 3 ? pairedLegendEntry(filled[0] ?? '', filled[1] ?? '') : undefined;
    const entries = pair ? [pair] : filled.map(legendEntriesOf);
    if (filled.length === 0 || (!pair && entries.some((e) => Array.isArray(e) && e.length === 0))) return;
    legendRows.add(i);
    for (const entry of entries.flat()) {
      legend.set(entry.mark, entry.meaning);
      said.push(`${entry.mark} = ${conceptWords[entry.meaning]}`);
    }
  });
  const notes = legendRows.size > 0 ? [`The sheet’s legend (${legendRows.size === 1 ? 'row' : 'rows'} ${[...legendRows].map((i) => rows[i]?.number).join(', ')}) was read: ${said.join(', ')}.`] : [];
  return { legend, rows: legendRows, notes };
}

/** Rows turned into columns, from the header down: departments down and activities across. */
function turned(rows: readonly SheetRow[]): SheetRow[] {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  return Array.from({ length: width }, (_, c) => ({ number: c + 1, cells: rows.map((row) => cellAt(row, c)) }));
}

/**
 * Reads a matrix from a sheet's rows, whatever its layout: the app's own export; activities down and
 * departments across (with a title, a legend, a two-row header, codes, notes and text columns around it);
 * departments down and activities across; or columns per role with department names in the cells. What
 * cannot be read is listed by address, in full; a sheet with no matrix is refused with the row it tried.
 */
export function readSheetRows(source: SheetRows, options: SheetImportOptions): SheetImport {
  const all: SheetRow[] = source.map((cells, i) => ({ number: i + 1, cells: cells.map((cell) => restoreFormulaText(cell.trim())) }));
  const rows = all.filter((row) => filledCount(row) > 0 && !row.cells.every((cell) => cell === '' || SEPARATOR_ROW.test(cell)));
  if (rows.length === 0) return refuse('The file is empty.');
  const width = Math.max(...rows.map((row) => row.cells.reduce((last, cell, c) => (cell !== '' ? c + 1 : last), 0)));
  if (width > MAX_COLUMNS) {
    return refuse(`The sheet has ${width} filled columns. A matrix of departments has at most ${MAX_COLUMNS}: if the departments run down the rows, keep only the matrix in the sheet and import it again.`);
  }
  const { legend, rows: legendRows, notes: legendNotes } = readLegend(rows);
  if (!rows.some((row) => filledCount(row) >= 2)) return refuse('No row has more than one cell filled, so there is no header row naming the departments.');
  const found = findSheetHeader(rows, legendRows, legend);
  if (!found) {
    const firstIndex = rows.findIndex((row, i) => !legendRows.has(i) && filledCount(row) >= 2);
    const first = rows[firstIndex];
    if (firstIndex === rows.length - 1) return refuse(`Row ${first?.number ?? 1} looks like the header, but no row below it names an activity. Put one activity per row under the header, with its role marks in the department columns.`);
    return refuse(`Row ${first?.number ?? 1} looks like the header, but no column below it holds role marks (R, A, C, I, role words or x). A department column needs them: put one letter or word per cell.`);
  }
  const body = rows.slice(found.index + 1).filter((_, k) => !legendRows.has(found.index + 1 + k));
  // A title above the header (one cell alone in its row) names the workshop.
  const titleRow = rows.slice(0, found.partyIndex ?? found.index).find((row, i) => !legendRows.has(i) && filledCount(row) === 1);
  const titled = titleRow ? { ...options, title: titleRow.cells.find((cell) => cell !== '') ?? options.title } : options;
  const header = rows[found.index]?.cells ?? [];
  const party = found.partyIndex === undefined ? undefined : rows[found.partyIndex];
  // Guessed once: it decides whether the sheet is turned, and is the reading's guess when it is not.
  const guessed = found.layout === 'activities-down' ? guessColumnParts(header, body, legend, width) : undefined;
  const orientation = options.choices?.orientation ?? (guessed && looksTurned(guessed, header, body, legend) ? 'departments-down' : 'activities-down');
  if (orientation === 'departments-down' && found.layout !== 'role-columns') {
    const turnedRows = turned([rows[found.index] ?? { number: 0, cells: [] }, ...body]);
    const rowNumbers = [rows[found.index]?.number ?? 0, ...body.map((row) => row.number)];
    return readMatrix(turnedRows[0]?.cells ?? [], undefined, turnedRows.slice(1), legend, legendNotes, titled, {
      layout: 'departments-down',
      headerRow: rows[found.index]?.number ?? 1,
      label: (c) => `row ${rowNumbers[c] ?? c + 1}`,
      address: (row, c) => address(row.number - 1, rowNumbers[c] ?? c + 1),
      width: rowNumbers.length,
    });
  }
  return readMatrix(header, party, body, legend, legendNotes, titled, {
    layout: found.layout,
    guessed,
    headerRow: rows[found.index]?.number ?? 1,
    label: (c) => columnLetter(c),
    address: (row, c) => address(c, row.number),
    width,
  });
}

/** Departments down: one Accountable per column and rarely one per row, or a first column headed "Team". */
function looksTurned(parts: readonly ColumnGuess[], header: readonly string[], body: readonly SheetRow[], legend: SheetLegend): boolean {
  const activity = parts.findIndex((p) => p.part === 'activity');
  if (activity !== -1 && headerWordOf(header[activity] ?? '') === 'departments') return true;
  const departments = parts.flatMap((p, c) => (p.part === 'department' ? [c] : []));
  if (departments.length < 3 || body.length < 3) return false;
  const accountable = (row: SheetRow, c: number) => {
    const read = readCellMarks(cellAt(row, c), legend);
    return read.kind === 'marks' && read.marks.some((m) => meaningOfMark(m, legend) === 'accountable');
  };
  const perColumn = departments.filter((c) => body.filter((row) => accountable(row, c)).length === 1).length / departments.length;
  const perRow = body.filter((row) => departments.filter((c) => accountable(row, c)).length === 1).length / body.length;
  return perColumn >= 0.7 && perRow <= 0.3;
}

interface Frame {
  readonly layout: SheetLayout;
  readonly headerRow: number;
  readonly label: (column: number) => string;
  readonly address: (row: SheetRow, column: number) => string;
  readonly width: number;
  /** The columns' parts when already guessed for these rows. */
  readonly guessed?: readonly ColumnGuess[];
}

function readMatrix(
  header: readonly string[],
  party: SheetRow | undefined,
  body: readonly SheetRow[],
  legend: SheetLegend,
  legendNotes: readonly string[],
  options: SheetImportOptions,
  frame: Frame,
): SheetImport {
  const { width } = frame;
  // The app's own export: Group, Activity, Social property, then one column per department, whatever its name.
  const ownExport: readonly ColumnPart[] = ['group', 'activity', 'channel'];
  const guesses =
    frame.layout === 'own-export'
      ? Array.from({ length: width }, (_, c) => ({ part: ownExport[c] ?? ('department' as const), reason: 'this app’s own export' }))
      : (frame.guessed ?? guessColumnParts(header, body, legend, width)).map((guess, c) =>
          frame.layout === 'role-columns' && roleOfHeader(header[c] ?? '') !== undefined ? { part: 'names' as const, reason: `names who is ${header[c]}` } : guess,
        );
  const chosen = options.choices?.parts ?? {};
  const parts = guesses.map((guess, c) => chosen[c] ?? guess.part);
  // The party over each column, carried across the columns a merged cell spans.
  let carried = '';
  const partyOf = (c: number) => (party ? (carried = cellAt(party, c) || carried) : '');
  const headerName = header.map((text, c) => {
    const over = partyOf(c);
    return over && parts[c] === 'department' ? `${over}: ${text}` : text.replace(/\s+/g, ' ');
  });
  const columns: SheetColumnReading[] = guesses.map((guess, c) => ({
    index: c,
    label: frame.label(c),
    header: headerName[c] ?? '',
    part: parts[c] ?? 'leave-out',
    reason: chosen[c] === undefined ? guess.reason : 'as chosen',
  }));
  const activityColumn = parts.indexOf('activity');
  const firstOf = (part: ColumnPart) => {
    const index = parts.indexOf(part);
    return index === -1 ? undefined : index;
  };
  if (activityColumn === -1) return refuse(`Row ${frame.headerRow} looks like the header, but no column holds the activity names. Choose the activity column in the preview, or add a header such as “Activity”.`);
  const at = (row: SheetRow, c: number | undefined) => (c === undefined ? '' : cellAt(row, c));
  // "Column D" across, "Row 7" when the sheet is read turned (departments down).
  const placeOf = (label: string) => (frame.layout === 'departments-down' ? label.charAt(0).toUpperCase() + label.slice(1) : `Column ${label}`);

  // Departments: the columns of marks, or the names written in the role columns.
  const departmentNames: string[] = [];
  const departmentColumns = new Map<number, number>();
  const roleNameColumns = parts.flatMap((p, c) => (p === 'names' ? [c] : []));
  const wholeRoleNames = wholeNames(body, roleNameColumns);
  const notes: string[] = [...legendNotes];
  if (frame.layout === 'role-columns') {
    departmentNames.push(...departmentNamesIn(body, roleNameColumns));
  } else {
    parts.forEach((part, c) => {
      if (part !== 'department') return;
      const name = headerName[c]?.trim() || placeOf(frame.label(c));
      const existing = departmentNames.findIndex((n) => n.toLowerCase() === name.toLowerCase());
      if (existing !== -1) notes.push(`${placeOf(frame.label(c))} names “${name}” a second time; its marks were added to the first.`);
      else departmentNames.push(name);
      departmentColumns.set(c, existing !== -1 ? existing : departmentNames.length - 1);
    });
  }
  if (departmentNames.length === 0) {
    return refuse(`Row ${frame.headerRow} looks like the header, but no column below it holds role marks (R, A, C, I, role words or x), so there are no departments. Choose the department columns in the preview.`);
  }
  for (const column of columns) {
    if (column.part !== 'leave-out' || column.reason === 'is empty' || (column.header === '' && column.reason === 'holds nothing')) continue;
    notes.push(`${placeOf(column.label)}${column.header ? ` “${column.header}”` : ''} ${column.reason}; left out.`);
  }

  // Marks, counted and read.
  const markCounts = new Map<string, { count: number; source: SheetMarkReading['source'] }>();
  const empties = new TextTally();
  const leftOut = new TextTally();
  const count = (mark: string, source: SheetMarkReading['source']) => markCounts.set(mark, { count: (markCounts.get(mark)?.count ?? 0) + 1, source });
  const cellsOf = (row: SheetRow) => [...departmentColumns.keys()].map((c) => ({ c, read: readCellMarks(at(row, c), legend) }));
  const hasMarks = (row: SheetRow | undefined) => row !== undefined && cellsOf(row).some(({ read }) => read.kind === 'marks' || read.kind === 'single');
  const lastMarked = body.reduce((last, row, i) => (hasMarks(row) || (frame.layout === 'role-columns' && parts.some((p, c) => p === 'names' && at(row, c) !== '')) ? i : last), -1);

  const nextId = idAllocator();
  const activities: Activity[] = [];
  const cellMarks: { activity: Activity; department: number; marks: string[]; single?: string }[] = [];
  const seenNames = new Map<string, number[]>();
  let heading: string | undefined;
  const groupColumn = firstOf('group');
  // A group cell merged down over its rows comes out filled only in its first row.
  let lastGroup = '';
  body.forEach((row, i) => {
    const name = [at(row, firstOf('id')), at(row, activityColumn)].filter(Boolean).join(' ');
    const onlyName = filledCount(row) === (at(row, firstOf('id')) ? 2 : 1) && at(row, activityColumn) !== '';
    if (groupColumn === undefined && onlyName && i < lastMarked && (hasMarks(body[i + 1]) || frame.layout === 'role-columns')) {
      heading = at(row, activityColumn);
      return;
    }
    if (frame.layout !== 'own-export' && lastMarked >= 0 && i > lastMarked && onlyName) {
      if (name !== '') notes.push(`Row ${row.number} (“${name}”) stands below the matrix with no role marks; left out.`);
      return;
    }
    if (name === '') {
      notes.push(`Row ${row.number} has no activity name; left out.`);
      return;
    }
    const optional = (key: 'group' | 'channel' | 'description' | 'notes', value: string | undefined) => (value ? { [key]: value } : {});
    const activity: Activity = {
      id: nextId(name),
      name,
      // The own export writes every group out; another sheet's group cell may be merged down over its rows.
      ...optional('group', groupColumn === undefined ? heading : frame.layout === 'own-export' ? at(row, groupColumn) : (lastGroup = at(row, groupColumn) || lastGroup)),
      ...optional('channel', at(row, firstOf('channel'))),
      ...optional('description', at(row, firstOf('description'))),
      ...optional('notes', at(row, firstOf('notes'))),
    };
    activities.push(activity);
    seenNames.set(name, [...(seenNames.get(name) ?? []), row.number]);
    if (frame.layout === 'role-columns') {
      parts.forEach((part, c) => {
        if (part !== 'names') return;
        const concept = roleOfHeader(header[c] ?? '');
        const mark = concept && concept.length === 1 ? concept : (header[c] ?? '').trim();
        for (const dept of namesInCell(at(row, c), wholeRoleNames)) {
          count(mark, concept && concept.length === 1 ? 'letter' : 'word');
          cellMarks.push({ activity, department: departmentNames.indexOf(dept), marks: [mark] });
        }
      });
      return;
    }
    for (const { c, read } of cellsOf(row)) {
      const department = departmentColumns.get(c) ?? 0;
      if (read.kind === 'empty') empties.add(read.text, frame.address(row, c));
      else if (read.kind === 'text') leftOut.add(read.text, frame.address(row, c));
      else if (read.kind === 'single') {
        count(read.text.toLowerCase(), 'single');
        cellMarks.push({ activity, department, marks: [], single: read.text.toLowerCase() });
      } else if (read.kind === 'marks') {
        for (const mark of read.marks) count(mark, legend.has(mark) ? 'legend' : mark.length === 1 ? 'letter' : 'word');
        cellMarks.push({ activity, department, marks: [...read.marks] });
      }
    }
  });
  if (activities.length === 0) {
    return refuse(`Row ${frame.headerRow} looks like the header, but no row below it names an activity. Put one activity per row under the header, with its role marks in the department columns.`);
  }

  // What each mark means, the scheme they point to, and the roles they give.
  const chosenMarks = options.choices?.marks ?? {};
  const meaningOf = (mark: string, source: SheetMarkReading['source']): MarkMeaning => {
    if (chosenMarks[mark] !== undefined) return chosenMarks[mark];
    if (frame.layout === 'role-columns') {
      const concept = roleOfHeader(mark);
      return concept && concept.length > 1 ? (concept as RoleConcept) : (meaningOfMark(mark, legend) ?? 'none');
    }
    return source === 'single' ? 'responsible' : (meaningOfMark(mark, legend) ?? 'none');
  };
  const marks: SheetMarkReading[] = [...markCounts].map(([mark, { count: n, source }]) => ({ mark, count: n, meaning: meaningOf(mark, source), source }));
  const concepts = new Set(marks.flatMap((m) => (m.meaning === 'none' ? [] : [m.meaning])));
  const scheme = options.roleScheme ?? options.choices?.roleScheme ?? guessSchemeFromConcepts(concepts);
  const meaning = new Map(marks.map((m) => [m.mark, m.meaning]));
  const keyOf = (mark: string): RoleKey | undefined => {
    const concept = meaning.get(mark);
    return concept === undefined || concept === 'none' ? undefined : roleKeyOf(concept, scheme);
  };

  let doc: RaciDocument = { ...createBlankWorkshop(options.today), title: options.title, roleScheme: scheme };
  const labels = shortLabelsFor(departmentNames);
  departmentNames.forEach((name, i) => {
    doc = addDepartment(doc, { name, ...(labels[i] ? { shortLabel: labels[i] } : {}) });
  });
  const assignments: Assignment[] = [];
  const given = new Set<string>();
  for (const cell of cellMarks) {
    const departmentId = doc.departments[cell.department]?.id;
    if (!departmentId) continue;
    for (const key of (cell.single ? [keyOf(cell.single)] : cell.marks.map(keyOf)).filter((k): k is RoleKey => k !== undefined)) {
      const id = `${cell.activity.id} ${departmentId} ${key}`;
      if (given.has(id)) continue;
      given.add(id);
      assignments.push({ activityId: cell.activity.id, departmentId, role: key });
    }
  }

  const schemeRoles = roleSchemeOf(scheme);
  for (const m of marks) {
    if (m.source === 'single') notes.push(`“${m.mark}” in ${m.count.toLocaleString('en-US')} ${m.count === 1 ? 'cell' : 'cells'}: read as ${m.meaning === 'none' ? 'no role' : roleName(schemeRoles, roleKeyOf(m.meaning, scheme))} (choose another role for it in the preview).`);
    else if (m.meaning !== 'none' && !isNativeConcept(m.meaning, scheme)) notes.push(`“${m.mark}” (${conceptWords[m.meaning]}) has no role of its own in ${scheme}; read as ${roleName(schemeRoles, roleKeyOf(m.meaning, scheme))}.`);
  }
  notes.push(...emptyMarkNotes(empties), ...leftOutNotes(leftOut));
  for (const [name, rowNumbers] of seenNames) {
    if (rowNumbers.length > 1) notes.push(`“${name}” is named in rows ${rowNumbers.join(', ')}: each is kept as its own activity.`);
  }
  return {
    ok: true,
    document: { ...doc, activities, assignments },
    layout: frame.layout,
    headerRow: frame.headerRow,
    columns,
    marks,
    schemeGuessed: options.roleScheme === undefined && options.choices?.roleScheme === undefined,
    notes,
  };
}
