import { FONT, INK, lineHeight, MARGIN, MUTED, type PdfWriter, type Rgb } from './pdfWriter';
import { paginateRows, type RowBox } from './typeset/paginateRows';
import { CELL_PADDING, MIN_ROWS_AT_BREAK } from './typeset/tableRules';

const RULE: Rgb = [203, 213, 225];
const HEAD_FILL: Rgb = [30, 58, 138];
const WHITE: Rgb = [255, 255, 255];

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TableCell {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: Rgb;
  readonly fill?: Rgb;
  /** Draws what text cannot say alone (role letters on their colours); the cell's text is then left empty. */
  readonly draw?: (box: Box) => void;
  /** The height the drawing needs, in millimetres. */
  readonly drawHeight?: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** One cell across the whole table: a group heading. */
  readonly span?: boolean;
  readonly keepWithNext?: boolean;
  /** Room to write in by hand (a signature), in millimetres. */
  readonly minHeight?: number;
}

export interface TableSpec {
  readonly columns: readonly number[];
  readonly head: readonly string[];
  readonly rows: readonly TableRow[];
  readonly size: number;
  readonly headSize?: number;
  /** How the cells of each column line up; the first column is left, the others as given (left by default). */
  readonly align?: 'left' | 'center';
  readonly valign?: 'top' | 'middle';
  /** Rows on each side of a break: MIN_ROWS_AT_BREAK unless given (the sign-off keeps three). */
  readonly minRowsPerPage?: number;
  /** Drawn at the top of every page the table continues on, before its header is repeated. */
  readonly runningHead?: (writer: PdfWriter) => void;
  /** The height `runningHead` takes. */
  readonly runningHeadHeight?: number;
}

interface LaidRow {
  readonly row: TableRow;
  readonly lines: readonly (readonly string[])[];
  readonly height: number;
  /** A piece after the first of a row taller than a page. */
  readonly continued: boolean;
  readonly first: boolean;
}

const CONTINUED = '(continued from the previous page)';

function layRows(writer: PdfWriter, spec: TableSpec, pageRoom: number): LaidRow[] {
  const lh = lineHeight(spec.size);
  const total = spec.columns.reduce((a, b) => a + b, 0);
  const laid: LaidRow[] = [];
  for (const row of spec.rows) {
    const lines = row.span
      ? [writer.wrap(row.cells[0]?.text ?? '', total - 2 * CELL_PADDING, spec.size, true)]
      : row.cells.map((cell, i) => (cell.draw ? [] : writer.wrap(cell.text, (spec.columns[i] ?? 0) - 2 * CELL_PADDING, spec.size, cell.bold)));
    const drawn = Math.max(0, ...row.cells.map((cell) => cell.drawHeight ?? 0));
    const most = Math.max(1, ...lines.map((l) => l.length));
    const height = Math.max(most * lh + 2 * CELL_PADDING, drawn + 2 * CELL_PADDING, row.minHeight ?? 0);
    if (height <= pageRoom) {
      laid.push({ row, lines, height, continued: false, first: true });
      continue;
    }
    // Taller than a whole page: the only row that breaks, each piece after the first saying it continues.
    const perPiece = Math.max(1, Math.floor((pageRoom - 2 * CELL_PADDING) / lh) - 1);
    for (let start = 0, piece = 0; start < most; start += perPiece, piece += 1) {
      const slice = lines.map((l) => (piece === 0 ? l.slice(0, perPiece) : [...(l === lines[0] ? [CONTINUED] : []), ...l.slice(start, start + perPiece)]));
      const count = Math.max(1, ...slice.map((l) => l.length));
      laid.push({ row, lines: slice, height: count * lh + 2 * CELL_PADDING, continued: piece > 0, first: piece === 0 });
    }
  }
  return laid;
}

function headLines(writer: PdfWriter, spec: TableSpec): { lines: (readonly string[])[]; height: number } {
  const size = spec.headSize ?? spec.size;
  const lines = spec.head.map((text, i) => writer.wrap(text, (spec.columns[i] ?? 0) - 2 * CELL_PADDING, size, true));
  return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * lineHeight(size) + 2 * CELL_PADDING };
}

/** Writes a cell's lines; `style` sets each line's font first (the continuation note is quieter). */
function cellText(writer: PdfWriter, lines: readonly string[], box: Box, size: number, align: 'left' | 'center', valign: 'top' | 'middle', style: (line: string, n: number) => void): void {
  const lh = lineHeight(size);
  const top = valign === 'middle' ? box.y + (box.height - lines.length * lh) / 2 : box.y + CELL_PADDING;
  const x = align === 'center' ? box.x + box.width / 2 : box.x + CELL_PADDING;
  lines.forEach((line, n) => {
    style(line, n);
    writer.pdf.text(line, x, top + lh * (n + 0.78), align === 'center' ? { align: 'center' } : {});
  });
}

function rule(writer: PdfWriter, box: Box, fill: Rgb | undefined): void {
  const { pdf } = writer;
  pdf.setDrawColor(...RULE).setLineWidth(0.2);
  if (fill) pdf.setFillColor(...fill);
  pdf.rect(box.x, box.y, box.width, box.height, fill ? 'FD' : 'S');
}

function drawHead(writer: PdfWriter, spec: TableSpec, head: { lines: (readonly string[])[]; height: number }): void {
  let x = MARGIN;
  const size = spec.headSize ?? spec.size;
  spec.columns.forEach((width, i) => {
    const box = { x, y: writer.y, width, height: head.height };
    rule(writer, box, HEAD_FILL);
    const white = () => writer.pdf.setFont(FONT, 'bold').setFontSize(size).setTextColor(...WHITE);
    cellText(writer, head.lines[i] ?? [], box, size, i === 0 ? 'left' : (spec.align ?? 'left'), 'middle', white);
    x += width;
  });
  writer.y += head.height;
}

function drawRow(writer: PdfWriter, spec: TableSpec, laid: LaidRow): void {
  const total = spec.columns.reduce((a, b) => a + b, 0);
  if (laid.row.span) {
    const cell = laid.row.cells[0];
    const box = { x: MARGIN, y: writer.y, width: total, height: laid.height };
    rule(writer, box, cell?.fill);
    const style = () => writer.pdf.setFont(FONT, 'bold').setFontSize(spec.size).setTextColor(...(cell?.color ?? INK));
    cellText(writer, laid.lines[0] ?? [], box, spec.size, 'left', spec.valign ?? 'top', style);
    writer.y += laid.height;
    return;
  }
  let x = MARGIN;
  laid.row.cells.forEach((cell, i) => {
    const width = spec.columns[i] ?? 0;
    const box = { x, y: writer.y, width, height: laid.height };
    rule(writer, box, cell.fill);
    if (cell.draw) {
      if (laid.first) cell.draw(box);
    } else {
      const style = (line: string, n: number) => {
        const muted = laid.continued && n === 0 && line === CONTINUED;
        writer.pdf.setFont(FONT, cell.bold && !muted ? 'bold' : 'normal').setFontSize(spec.size).setTextColor(...(muted ? MUTED : (cell.color ?? INK)));
      };
      cellText(writer, laid.lines[i] ?? [], box, spec.size, i === 0 ? 'left' : (spec.align ?? 'left'), spec.valign ?? 'top', style);
    }
    x += width;
  });
  writer.y += laid.height;
}

/** The height a heading must keep with it so the table does not start alone at a page's foot. */
export function tableStartHeight(writer: PdfWriter, spec: TableSpec): number {
  const first = layRows(writer, { ...spec, rows: spec.rows.slice(0, Math.max(1, spec.minRowsPerPage ?? MIN_ROWS_AT_BREAK)) }, Number.POSITIVE_INFINITY);
  return headLines(writer, spec).height + first.reduce((sum, row) => sum + row.height, 0);
}

/** The height of the whole table, header included, were it all on one page. */
export function tableHeight(writer: PdfWriter, spec: TableSpec): number {
  return headLines(writer, spec).height + layRows(writer, spec, Number.POSITIVE_INFINITY).reduce((sum, row) => sum + row.height, 0);
}

/**
 * Draws a table with its header on every page, rows never split across pages (a row taller than a page is
 * the one exception, and says where it continues), rows that keep with the next moved together.
 */
export function drawTable(writer: PdfWriter, spec: TableSpec): void {
  const head = headLines(writer, spec);
  const nextRoom = writer.pageRoom - head.height - (spec.runningHeadHeight ?? 0);
  const laid = layRows(writer, spec, nextRoom);
  const boxes: RowBox[] = laid.map((row, i) => ({ height: row.height, keepWithNext: (row.row.keepWithNext ?? false) || (laid[i + 1]?.continued ?? false) }));
  const pages = paginateRows(boxes, { first: writer.bottom - writer.y - head.height, next: nextRoom }, { minRowsPerPage: spec.minRowsPerPage ?? MIN_ROWS_AT_BREAK });
  pages.forEach((rows, p) => {
    if (p > 0) {
      writer.newPage(writer.orientation);
      // A table that could not start below its heading starts here, and is no continuation yet.
      if (p > 1 || (pages[0]?.length ?? 0) > 0) spec.runningHead?.(writer);
    }
    if (rows.length === 0) return;
    drawHead(writer, spec, head);
    for (const index of rows) {
      const row = laid[index];
      if (row) drawRow(writer, spec, row);
    }
  });
  writer.y += 6;
}
