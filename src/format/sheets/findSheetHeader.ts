import { readCellMarks } from './cellMarks';
import { cellAt, columnStats, filledCount, isMarkColumn, roleOfHeader, type SheetRow } from './sheetColumns';
import type { SheetLegend } from './sheetLegend';

export type SheetLayout = 'own-export' | 'activities-down' | 'departments-down' | 'role-columns';

export interface FoundHeader {
  /** Index into the rows given. */
  readonly index: number;
  /** A row directly above naming the party over each group of columns ("Client" over three). */
  readonly partyIndex?: number;
  readonly layout: Exclude<SheetLayout, 'departments-down'>;
}

const OWN_EXPORT_START = ['group', 'activity', 'social property'];
const CANDIDATES = 50;
const SAMPLE = 60;

/**
 * The header row: below titles, blank rows and legend rows, the row whose columns hold role marks below it
 * (or, in the role-columns layout, whose cells name roles over cells of names). The earliest best row wins.
 */
export function findSheetHeader(rows: readonly SheetRow[], legendRows: ReadonlySet<number>, legend: SheetLegend): FoundHeader | undefined {
  let best: { index: number; score: number; layout: FoundHeader['layout'] } | undefined;
  let tried = 0;
  for (let i = 0; i < rows.length && tried < CANDIDATES; i += 1) {
    const row = rows[i];
    if (!row || legendRows.has(i) || filledCount(row) < 2) continue;
    tried += 1;
    if (OWN_EXPORT_START.every((word, c) => cellAt(row, c).toLowerCase() === word)) return { index: i, layout: 'own-export' };
    const body = rows.slice(i + 1).filter((_, k) => !legendRows.has(i + 1 + k)).slice(0, SAMPLE);
    const columns = row.cells.map((_, c) => c).filter((c) => cellAt(row, c) !== '');
    const roleHeads = columns.filter((c) => roleOfHeader(cellAt(row, c)) !== undefined);
    const namesBelow = roleHeads.filter((c) => {
      const stats = columnStats(body, c, legend);
      return stats.filled > 0 && stats.marks < 0.5 * stats.filled;
    });
    if (new Set(namesBelow.map((c) => roleOfHeader(cellAt(row, c)))).size >= 2) {
      const score = namesBelow.length + 1;
      if (!best || score > best.score) best = { index: i, score, layout: 'role-columns' };
      continue;
    }
    // A row of marks is a row of the matrix, not its header.
    const ownMarks = columns.filter((c) => ['marks', 'single'].includes(readCellMarks(cellAt(row, c), legend).kind)).length;
    if (ownMarks >= 0.5 * columns.length) continue;
    // Each column of marks counts by how purely it holds marks: the row right above a two-row header's
    // second row scores less than that row, as the second row's texts stand in its columns.
    const score = columns
      .map((c) => columnStats(body, c, legend))
      .filter(isMarkColumn)
      .reduce((sum, stats) => sum + stats.marks / stats.filled, 0);
    if (score > 0 && (!best || score > best.score)) best = { index: i, score, layout: 'activities-down' };
  }
  if (!best) return undefined;
  return { index: best.index, layout: best.layout, ...partyRow(rows, best.index, legendRows, legend) };
}

/** The row directly above the header, when it names parties over the department columns. */
function partyRow(rows: readonly SheetRow[], index: number, legendRows: ReadonlySet<number>, legend: SheetLegend): { partyIndex?: number } {
  const above = rows[index - 1];
  const header = rows[index];
  if (!above || !header || legendRows.has(index - 1) || above.number !== header.number - 1) return {};
  const body = rows.slice(index + 1, index + 1 + SAMPLE);
  const marks = header.cells.map((_, c) => c).filter((c) => isMarkColumn(columnStats(body, c, legend)));
  if (marks.length < 2) return {};
  const first = marks[0] ?? 0;
  const filled = above.cells.map((_, c) => c).filter((c) => cellAt(above, c) !== '');
  if (filled.length === 0 || filled.some((c) => c < first)) return {};
  const names = marks.map((c) => cellAt(header, c).toLowerCase());
  const repeated = new Set(names).size < names.length;
  return repeated || filled.length >= 2 ? { partyIndex: index - 1 } : {};
}
