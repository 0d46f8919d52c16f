import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import type { PaperSize } from '../domain/paperSize';
import type { CharterContent } from './charterContent';
import { severityWords } from '../domain/checks/severityWords';

export interface CharterFonts {
  /** Noto Sans regular and bold, as TTF bytes: jsPDF's own fonts cannot draw Greek or Cyrillic. */
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface RenderOptions {
  readonly fonts: CharterFonts;
  readonly paper: PaperSize;
  /** Called before each section with a fraction done (0 to 1) and what comes next. */
  readonly onProgress?: (done: number, step: string) => void;
  /** Lets the caller breathe between sections (a browser repaints, a progress bar moves). */
  readonly pause?: () => Promise<void>;
}

const FONT = 'NotoSans';
const MARGIN = 16;
const INK: [number, number, number] = [15, 23, 42];
const MUTED: [number, number, number] = [71, 85, 105];
const GROUP_FILL: [number, number, number] = [226, 232, 240];
const HEAD_FILL: [number, number, number] = [30, 58, 138];
const DRAFT_RED: [number, number, number] = [185, 28, 28];

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A page-aware writer: headings and paragraphs flow down the page and onto the next. */
class Writer {
  y = MARGIN;
  constructor(readonly pdf: jsPDF) {}

  get width(): number {
    return this.pdf.internal.pageSize.getWidth() - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.pdf.internal.pageSize.getHeight() - MARGIN - 8;
  }

  room(height: number): void {
    if (!this.fitsHere(height)) this.newPage();
  }

  /** Whether `height` fits below what is on the page now, or on a fresh page at all. */
  fitsHere(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  fitsOnAPage(height: number): boolean {
    return MARGIN + height <= this.bottom;
  }

  /** The height of a paragraph as `paragraph` lays it out. */
  paragraphHeight(text: string, size = 11): number {
    this.pdf.setFont(FONT, 'normal').setFontSize(size);
    return (this.pdf.splitTextToSize(text, this.width) as string[]).length * size * 0.45 + 2;
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN;
  }

  heading(text: string, size = 16): void {
    this.room(size * 0.9 + 12);
    this.y += this.y > MARGIN ? 4 : 0;
    this.pdf.setFont(FONT, 'bold').setFontSize(size).setTextColor(...INK);
    this.pdf.text(text, MARGIN, this.y + size * 0.35);
    this.y += size * 0.35 + 5;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number } = {}): void {
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    this.pdf.setFont(FONT, options.bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...(options.color ?? INK));
    const lineHeight = size * 0.45;
    for (const line of this.pdf.splitTextToSize(text, this.width - indent) as string[]) {
      this.room(lineHeight);
      this.pdf.text(line, MARGIN + indent, this.y + lineHeight * 0.8);
      this.y += lineHeight;
    }
    this.y += 2;
  }

  table(options: UserOptions): void {
    autoTable(this.pdf, {
      startY: this.y,
      margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + 8 },
      styles: { font: FONT, fontSize: 10, textColor: INK, cellPadding: 1.8, lineColor: [203, 213, 225], lineWidth: 0.2 },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: [255, 255, 255] },
      theme: 'grid',
      ...options,
    });
    const finalY = (this.pdf as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
    this.y = (finalY ?? this.y) + 6;
  }
}

function cover(w: Writer, content: CharterContent): void {
  const { pdf } = w;
  w.y = MARGIN + 30;
  pdf.setFont(FONT, 'normal').setFontSize(13).setTextColor(...MUTED);
  pdf.text('Social media responsibility charter', MARGIN, w.y);
  w.y += 8;
  pdf.setFont(FONT, 'bold').setFontSize(26).setTextColor(...INK);
  for (const line of pdf.splitTextToSize(content.title, w.width) as string[]) {
    pdf.text(line, MARGIN, w.y + 8);
    w.y += 11;
  }
  w.y += 10;
  if (content.draftReasons.length > 0) {
    // Said where a reader starts: the cover, in words, with what keeps it from being final.
    w.paragraph('DRAFT: not final', { size: 16, bold: true, color: DRAFT_RED });
    w.paragraph(`Still open: ${content.draftReasons.join(', ')}.`, { size: 12, color: DRAFT_RED });
    w.y += 4;
  }
  const { organization, date, facilitator, participants } = content.workshop;
  const facts: [string, string][] = [
    ['Organization', organization || '—'],
    ['Date', date || '—'],
    ['Facilitator', facilitator || '—'],
    ['Participants', participants.length > 0 ? participants.join(', ') : '—'],
  ];
  for (const [label, value] of facts) {
    w.paragraph(label, { size: 10, color: MUTED });
    w.y -= 1;
    w.paragraph(value, { size: 13 });
    w.y += 2;
  }
}

const PURPOSE_EMPTY = 'No purpose or objectives were recorded.';

/** Purpose, champion and sponsor, and ownership per property: under the cover when all of it fits there. */
function purpose(w: Writer, content: CharterContent): void {
  const rows = content.properties.length === 0 ? 1 : content.properties.length + 1;
  const height = 3 * 18 + w.paragraphHeight(content.purpose || PURPOSE_EMPTY) + 2 * w.paragraphHeight('x') + rows * 9;
  if (w.fitsHere(height + 12)) w.y += 12;
  else w.newPage();
  w.heading('Purpose and objectives');
  w.paragraph(content.purpose || PURPOSE_EMPTY, content.purpose ? {} : { color: MUTED });
  w.heading('Champion and sponsor', 13);
  w.paragraph(`Social media champion: ${content.champion || '—'}`);
  w.paragraph(`Executive sponsor: ${content.sponsor || '—'}`);
  w.heading('Ownership per social property', 13);
  if (content.properties.length === 0) {
    w.paragraph('No activity names a social property.', { color: MUTED });
    return;
  }
  w.table({
    head: [['Social property', 'Activity', content.ownerRole, content.doerRole]],
    body: content.properties.map((p) => [p.property, p.activity, p.owners || '—', p.doers || '—']),
  });
}

function legend(w: Writer, content: CharterContent): void {
  w.room(8);
  let x = MARGIN;
  const { pdf } = w;
  for (const role of content.roles) {
    badge(pdf, role.key, role.color, x, w.y);
    pdf.setFont(FONT, 'normal').setFontSize(10).setTextColor(...INK);
    pdf.text(role.name, x + 6, w.y + 3.4);
    x += 8 + pdf.getTextWidth(role.name) + 6;
  }
  w.y += 9;
}

const BADGE = 4.6;
/** Narrow enough for many departments, wide enough for two badges and a wrapped name. */
const MIN_DEPARTMENT_WIDTH = 21;
const CELL_PADDING = 1.6;
const HEAD_SIZE = 8;

function badge(pdf: jsPDF, letter: string, color: string, x: number, y: number): void {
  pdf.setFillColor(...hexToRgb(color));
  pdf.roundedRect(x, y, BADGE, BADGE, 0.8, 0.8, 'F');
  pdf.setFont(FONT, 'bold').setFontSize(8.5).setTextColor(255, 255, 255);
  pdf.text(letter, x + BADGE / 2, y + BADGE * 0.74, { align: 'center' });
}

function matrix(w: Writer, content: CharterContent): void {
  w.newPage();
  w.heading(`The ${content.roleScheme} matrix`);
  legend(w, content);
  // Columns are headed by short labels ("PR"), so the page says once what each stands for.
  const labelled = content.departments.flatMap((name, i) => {
    const label = content.departmentLabels[i] ?? name;
    return label === name ? [] : [`${label}: ${name}`];
  });
  if (labelled.length > 0) w.paragraph(`Columns: ${labelled.join(' · ')}`, { size: 9.5, color: MUTED });
  const colors = new Map(content.roles.map((r) => [r.key, r.color]));
  // Even department columns: all on one page when they fit at a readable width, else as many per page as do.
  // The activity column gives up some width (down to 48 mm) before a department has to move to another page.
  const activityWidth = Math.min(62, Math.max(48, w.width - content.departments.length * MIN_DEPARTMENT_WIDTH - 1));
  // Rounded down a little: autotable moves a column that fits exactly to the next page.
  const fair = Math.floor(((w.width - activityWidth) / Math.max(1, content.departments.length)) * 10) / 10 - 0.1;
  const departmentWidth = Math.max(MIN_DEPARTMENT_WIDTH, fair);
  // autotable decides what fits on a page by each column's unwrapped text, so names are wrapped here first.
  const wrap = (text: string, width: number, size: number, style: 'normal' | 'bold') =>
    (w.pdf.setFont(FONT, style).setFontSize(size).splitTextToSize(text, width - 2 * CELL_PADDING - 0.5) as string[]).join('\n');
  const body: RowInput[] = content.matrix.map((row) =>
    row.kind === 'group'
      ? [
          { content: wrap(row.name, activityWidth, 9.5, 'bold'), styles: { fontStyle: 'bold', fillColor: GROUP_FILL } },
          ...content.departments.map(() => ({ content: '', styles: { fillColor: GROUP_FILL } })),
        ]
      : [wrap(row.name, activityWidth, 9.5, 'normal'), ...row.cells.map((roles) => roles.join(' '))],
  );
  const columnStyles: Record<number, { cellWidth: number; halign?: 'left' }> = { 0: { cellWidth: activityWidth, halign: 'left' } };
  content.departments.forEach((_, i) => (columnStyles[i + 1] = { cellWidth: departmentWidth }));
  w.table({
    head: [['Activity', ...content.departmentLabels.map((label) => wrap(label, departmentWidth, HEAD_SIZE, 'bold'))]],
    body,
    showHead: 'everyPage',
    // Wide matrices continue on further pages with the activity column again: no department is cut off.
    horizontalPageBreak: true,
    horizontalPageBreakRepeat: 0,
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: [255, 255, 255], fontSize: HEAD_SIZE, halign: 'center', valign: 'middle' },
    columnStyles,
    styles: { font: FONT, fontSize: 9.5, textColor: INK, cellPadding: CELL_PADDING, lineColor: [203, 213, 225], lineWidth: 0.2, halign: 'center', valign: 'middle' },
    didParseCell: (data: CellHookData) => {
      if (data.section === 'head' && data.column.index === 0) data.cell.styles.halign = 'left';
      // Role letters are drawn as coloured badges below (still real text), so the cell's own text is left out.
      if (data.section === 'body' && data.column.index > 0 && typeof data.cell.raw === 'string' && data.cell.raw !== '') {
        data.cell.text = [];
        data.cell.styles.minCellHeight = BADGE + 3;
      }
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body' || data.column.index === 0 || typeof data.cell.raw !== 'string' || data.cell.raw === '') return;
      const letters = data.cell.raw.split(' ');
      const total = letters.length * BADGE + (letters.length - 1) * 1;
      let x = data.cell.x + (data.cell.width - total) / 2;
      const y = data.cell.y + (data.cell.height - BADGE) / 2;
      for (const letter of letters) {
        badge(w.pdf, letter, colors.get(letter) ?? '#334155', x, y);
        x += BADGE + 1;
      }
    },
  });
}

function responsibilities(w: Writer, content: CharterContent): void {
  w.newPage();
  w.heading('Responsibilities by department');
  const roles = content.responsibilities[0]?.roles.map((r) => r.role) ?? content.roles;
  w.table({
    head: [['Department', ...roles.map((role) => role.name)]],
    body: content.responsibilities.map((d) => [
      { content: d.department, styles: { fontStyle: 'bold' } },
      ...d.roles.map((r) => (r.activities.length > 0 ? r.activities.join('\n') : '—')),
    ]),
    styles: { font: FONT, fontSize: 8.5, textColor: INK, cellPadding: 1.6, lineColor: [203, 213, 225], lineWidth: 0.2, valign: 'top' },
    columnStyles: { 0: { cellWidth: 34 } },
    rowPageBreak: 'avoid',
  });
}

function escalationsAndDecisions(w: Writer, content: CharterContent): void {
  w.heading('Escalation criteria');
  if (content.escalations.length === 0) w.paragraph('No escalation criteria were recorded.', { color: MUTED });
  else w.table({ head: [['Trigger', 'Who acts', 'How fast']], body: content.escalations.map((e) => [e.trigger, e.who, e.howFast]) });
  w.heading('Decisions and notes');
  if (content.decisions.length === 0) w.paragraph('No decisions or notes were recorded.', { color: MUTED });
  else w.table({ head: [['Activity', 'Decision', 'Notes']], body: content.decisions.map((d) => [d.activity, d.decision || '—', d.notes || '—']) });
  // Only when the room left rows for later: an empty section would take room for nothing.
  if (content.parkingLot.length > 0) {
    w.heading('Parking lot');
    w.table({ head: [['Activity', 'Status', 'Why it waits']], body: content.parkingLot.map((p) => [p.activity, p.status, p.note || '—']) });
  }
}

function findings(w: Writer, content: CharterContent): void {
  w.heading('Open findings');
  if (content.nothingToCheck) {
    w.paragraph(content.nothingToCheck);
    return;
  }
  if (content.findings.length === 0) {
    w.paragraph('There are no open findings: every check passes.');
    return;
  }
  for (const group of content.findings) {
    w.paragraph(`${severityWords[group.severity].heading} (${group.findings.length})`, { bold: true });
    for (const finding of group.findings) w.paragraph(`• ${finding.message}`, { size: 10, indent: 3 });
  }
}

function signOff(w: Writer, content: CharterContent): void {
  // Signatures belong together: the table goes whole onto the next page rather than split, unless it is
  // longer than a page (then its rows still never split).
  // A row is 12.5 mm unless its acknowledgement wraps (about 28 characters a line in its column).
  const lines = content.signOff.reduce((sum, s) => sum + Math.max(0, Math.ceil(s.acknowledgement.length / 28) - 1), 0);
  const height = 24 + (content.signOff.length + 1) * 12.5 + lines * 4.5;
  if (!w.fitsHere(height) && w.fitsOnAPage(height)) w.newPage();
  else w.room(30);
  w.heading('Sign-off');
  w.paragraph(`By signing, each department agrees to the roles in this charter. Acknowledged so far: ${content.acknowledgements}.`, { color: MUTED, size: 10 });
  w.table({
    head: [['Department', 'Lead', 'Acknowledgement', 'Signature', 'Date']],
    body: content.signOff.map((s) => [s.department, s.lead, s.acknowledgement, '', '']),
    columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 34 }, 2: { cellWidth: 52 }, 4: { cellWidth: 24 } },
    styles: { font: FONT, fontSize: 10, textColor: INK, minCellHeight: 12, valign: 'middle', lineColor: [148, 163, 184], lineWidth: 0.2 },
    rowPageBreak: 'avoid',
  });
}

/** Page numbers on every page, and on a draft a DRAFT mark in the top margin of every page. */
function footers(pdf: jsPDF, generatedOn: string, draftReasons: readonly string[]): void {
  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    pdf.setPage(page);
    const width = pdf.internal.pageSize.getWidth();
    if (draftReasons.length > 0) {
      pdf.setFont(FONT, 'bold').setFontSize(10).setTextColor(...DRAFT_RED);
      pdf.text(`DRAFT · ${draftReasons.join(', ')}`, width - MARGIN, 9, { align: 'right' });
    }
    const y = pdf.internal.pageSize.getHeight() - 8;
    pdf.setFont(FONT, 'normal').setFontSize(9).setTextColor(...MUTED);
    pdf.text(`Generated ${generatedOn}`, MARGIN, y);
    pdf.text(`Page ${page} of ${pages}`, width - MARGIN, y, { align: 'right' });
  }
}

/**
 * Lays the charter out as a PDF with real, searchable text. Landscape when the matrix has many departments.
 * User text only ever goes through `text()` and the tables, never through jsPDF's scripting, HTML or
 * annotation entry points.
 */
export async function renderCharterPdf(content: CharterContent, options: RenderOptions): Promise<Uint8Array> {
  const wide = content.departments.length > 6;
  const pdf = new jsPDF({ unit: 'mm', format: options.paper, orientation: wide ? 'landscape' : 'portrait', compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS('NotoSans-Regular.ttf', toBase64(options.fonts.regular));
  pdf.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  pdf.addFileToVFS('NotoSans-Bold.ttf', toBase64(options.fonts.bold));
  pdf.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  pdf.setFont(FONT, 'normal');
  pdf.setDocumentProperties({
    title: `${content.title}: social media charter`,
    subject: `Who owns what in social media: the ${content.roleScheme} charter of the workshop`,
    author: content.workshop.organization || content.workshop.facilitator || 'RACI Workshop',
    creator: 'RACI Workshop',
  });

  const w = new Writer(pdf);
  const steps: [string, () => void][] = [
    ['Cover', () => cover(w, content)],
    ['Purpose and ownership', () => purpose(w, content)],
    ['Matrix', () => matrix(w, content)],
    ['Responsibilities', () => responsibilities(w, content)],
    ['Escalations, decisions and findings', () => {
      w.newPage();
      escalationsAndDecisions(w, content);
      findings(w, content);
    }],
    ['Sign-off', () => signOff(w, content)],
    ['Page numbers', () => footers(pdf, content.generatedOn, content.draftReasons)],
  ];
  for (const [index, [step, draw]] of steps.entries()) {
    options.onProgress?.(index / steps.length, step);
    await options.pause?.();
    draw();
  }
  options.onProgress?.(1, 'Done');
  return new Uint8Array(pdf.output('arraybuffer'));
}
