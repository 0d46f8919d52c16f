import type { CharterContent } from './charterContent';
import { drawTable, type Box, type TableRow } from './pdfTable';
import { lineHeight, MARGIN, MUTED, type PdfWriter, type Rgb } from './pdfWriter';
import { badgesWidth, NORMAL_SIZES, planMatrix, type MatrixSizes } from './typeset/matrixPlan';
import { BADGE_GAP } from './typeset/tableRules';

const GROUP_FILL: Rgb = [226, 232, 240];
const PART_SIZE = 9;

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A role letter on its colour, as real text: copied out of the PDF it reads "R". */
export function badge(w: PdfWriter, letter: string, color: string, x: number, y: number, sizes: Pick<MatrixSizes, 'badge' | 'letter'>): void {
  w.pdf.setFillColor(...hexToRgb(color));
  w.pdf.roundedRect(x, y, sizes.badge, sizes.badge, 0.8, 0.8, 'F');
  w.font(sizes.letter, true, [255, 255, 255]);
  w.pdf.text(letter, x + sizes.badge / 2, y + sizes.badge * 0.74, { align: 'center' });
}

/** The roles and their colours in a line (or more, for a long scheme). */
function legend(w: PdfWriter, content: CharterContent): void {
  const sizes = NORMAL_SIZES;
  let x = MARGIN;
  w.room(8);
  for (const role of content.roles) {
    const width = sizes.badge + 1.4 + w.measure(role.name, 10, false) + 6;
    if (x > MARGIN && x + width > MARGIN + w.width) {
      x = MARGIN;
      w.y += 7;
    }
    badge(w, role.key, role.color, x, w.y, sizes);
    w.font(10);
    w.pdf.text(role.name, x + sizes.badge + 1.4, w.y + 3.4);
    x += width;
  }
  w.y += 9;
}

/** "1–5" or "7": departments are counted from one, as a reader counts the columns. */
function span(share: readonly number[]): string {
  const first = (share[0] ?? 0) + 1;
  const last = (share[share.length - 1] ?? 0) + 1;
  return first === last ? `${first}` : `${first}–${last}`;
}

function pageSpan(pages: readonly number[]): string {
  const first = pages[0] ?? 0;
  const last = pages[pages.length - 1] ?? first;
  return first === last ? `page ${first}` : `pages ${first}–${last}`;
}

/**
 * The matrix pages: set as the plan says (turned, smaller, or its departments shared evenly over column pages
 * with the activity column repeated), every page saying which departments it holds and where the others are.
 */
export function drawMatrix(w: PdfWriter, content: CharterContent): void {
  const activityRows = content.matrix.flatMap((row) => (row.kind === 'activity' ? [row] : []));
  const mostLetters = content.departments.map((_, i) => Math.max(1, ...activityRows.map((row) => row.cells[i]?.length ?? 0)));
  const portrait = Math.min(w.pageWidth, w.pdf.internal.pageSize.getHeight());
  const landscape = Math.max(w.pageWidth, w.pdf.internal.pageSize.getHeight());
  const plan = planMatrix({
    labels: content.departmentLabels,
    mostLetters,
    width: { portrait: portrait - 2 * MARGIN, landscape: landscape - 2 * MARGIN },
    measure: (text, size, bold) => w.measure(text, size, bold),
    syllables: w.syllables,
  });
  const colors = new Map(content.roles.map((r) => [r.key, r.color]));
  const { sizes } = plan;
  const heading = `The ${content.roleScheme} matrix`;
  const lineWidth = (plan.orientation === 'portrait' ? portrait : landscape) - 2 * MARGIN;
  const parts = plan.columnPages;
  // Where each part's lines go, written once every part's pages are known.
  const partLines: { page: number; y: number; part: number; continued: boolean }[] = [];
  const partText = (part: number, continued: boolean, pagesOf: (other: number) => readonly number[]) => {
    if (parts.length === 1) return `${heading}, continued.`;
    const here = `${continued ? `${heading}, continued: departments` : 'Departments'} ${span(parts[part] ?? [])} of ${content.departments.length}`;
    const others = parts.map((other, i) => (i === part ? '' : `${span(other)} on ${pageSpan(pagesOf(i))}`)).filter(Boolean);
    return others.length > 0 ? `${here}. Departments ${others.join('; ')}.` : `${here}.`;
  };
  // Room for the longest such line, page numbers of four digits included.
  const partHeight = Math.max(...parts.map((_, part) => w.wrap(partText(part, true, () => [9999, 9999]), lineWidth, PART_SIZE).length)) * lineHeight(PART_SIZE) + 2;
  const reservePartLine = (part: number, continued: boolean) => {
    if (parts.length === 1 && !continued) return;
    partLines.push({ page: w.pageNumber, y: w.y, part, continued });
    w.y += partHeight;
  };

  parts.forEach((share, part) => {
    w.newPage(plan.orientation);
    w.heading(part === 0 ? heading : `${heading}, continued`, 16, 20);
    legend(w, content);
    // Columns are headed by short labels ("PR"), so each matrix page says what they stand for.
    if (content.labelLegend.length > 0) w.paragraph(`Columns: ${content.labelLegend.join(' · ')}`, { size: 9.5, color: MUTED });
    reservePartLine(part, false);
    const badgeCell = (letters: readonly string[]) => ({
      text: '',
      drawHeight: letters.length > 0 ? sizes.badge + 1 : 0,
      draw: (box: Box) => {
        const total = badgesWidth(letters.length, sizes);
        let x = box.x + (box.width - total) / 2;
        const y = box.y + (box.height - sizes.badge) / 2;
        for (const letter of letters) {
          badge(w, letter, colors.get(letter) ?? '#334155', x, y, sizes);
          x += sizes.badge + BADGE_GAP;
        }
      },
    });
    const rows: TableRow[] = content.matrix.map((row) =>
      row.kind === 'group'
        ? { cells: [{ text: row.name, bold: true, fill: GROUP_FILL }], span: true, keepWithNext: true }
        : { cells: [{ text: row.name }, ...share.map((i) => badgeCell(row.cells[i] ?? []))] },
    );
    drawTable(w, {
      columns: [plan.activityWidth, ...share.map(() => plan.departmentWidth)],
      head: ['Activity', ...share.map((i) => content.departmentLabels[i] ?? '')],
      rows,
      size: sizes.name,
      headSize: sizes.head,
      align: 'center',
      valign: 'middle',
      runningHeadHeight: partHeight,
      runningHead: () => reservePartLine(part, true),
    });
  });
  const last = w.pageNumber;
  const pagesOf = parts.map((_, part) => [...new Set(partLines.filter((l) => l.part === part).map((l) => l.page))]);
  for (const line of partLines) {
    w.pdf.setPage(line.page);
    const lines = w.wrap(partText(line.part, line.continued, (other) => pagesOf[other] ?? []), lineWidth, PART_SIZE);
    w.font(PART_SIZE, false, MUTED);
    lines.forEach((text, n) => w.pdf.text(text, MARGIN, line.y + lineHeight(PART_SIZE) * (n + 0.8)));
  }
  w.pdf.setPage(last);
}
