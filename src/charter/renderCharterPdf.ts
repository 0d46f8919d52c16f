import { jsPDF } from 'jspdf';
import type { PaperSize } from '../domain/paperSize';
import { severityWords } from '../domain/checks/severityWords';
import { charterTexts, type CharterContent } from './charterContent';
import { drawMatrix } from './matrixPages';
import { drawTable, tableHeight, tableStartHeight, type TableSpec } from './pdfTable';
import { DRAFT_RED, FONT, INK, lineHeight, MARGIN, MUTED, PdfWriter } from './pdfWriter';
import { loadHyphenation } from './typeset/hyphenation';

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

const NOTHING = '—';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A label and its value on the cover; a list value stands one entry per line, as it was entered. */
function fact(w: PdfWriter, label: string, value: string | readonly string[]): void {
  const values = typeof value === 'string' ? [value || NOTHING] : value.length > 0 ? value : [NOTHING];
  w.room(lineHeight(10) + lineHeight(13) + 2);
  w.paragraph(label, { size: 10, color: MUTED });
  w.y -= 1;
  for (const entry of values) {
    w.paragraph(entry, { size: 13 });
    w.y -= 1.5;
  }
  w.y += 3.5;
}

function cover(w: PdfWriter, content: CharterContent): void {
  w.y = MARGIN + 24;
  w.paragraph('Social media responsibility charter', { size: 13, color: MUTED });
  w.y += 2;
  w.paragraph(content.title, { size: 26, bold: true });
  w.y += 8;
  if (content.draftReasons.length > 0) {
    // Said where a reader starts: the cover, in words, with what keeps it from being final.
    w.paragraph('DRAFT: not final', { size: 16, bold: true, color: DRAFT_RED });
    w.paragraph(`Still open: ${content.draftReasons.join(', ')}.`, { size: 12, color: DRAFT_RED });
    w.y += 4;
  }
  const { organization, date, facilitator, participants } = content.workshop;
  fact(w, 'Organization', organization);
  fact(w, 'Date', date);
  fact(w, 'Facilitator', facilitator);
  fact(w, 'Participants', participants.filter((p) => p.trim() !== ''));
  fact(w, 'Sign-off', [content.acknowledgements, ...content.objections]);
}

const PURPOSE_EMPTY = 'No purpose or objectives were recorded.';
const NO_PROPERTY = 'No activity names a social property.';

/** Purpose, champion and sponsor, and ownership per property: under the cover when all of it fits there. */
function purpose(w: PdfWriter, content: CharterContent): void {
  const table: TableSpec | undefined = content.properties.length === 0 ? undefined : {
    columns: [40, 52, (w.width - 92) / 2, (w.width - 92) / 2],
    head: ['Social property', 'Activity', content.ownerRole, content.doerRole],
    rows: content.properties.map((p) => ({ cells: [{ text: p.property }, { text: p.activity }, { text: p.owners || NOTHING }, { text: p.doers || NOTHING }] })),
    size: 10,
  };
  const height =
    w.headingHeight('Purpose and objectives', 16) +
    w.paragraphHeight(content.purpose || PURPOSE_EMPTY) +
    w.headingHeight('Champion and sponsor', 13) +
    2 * w.paragraphHeight('Social media champion') +
    w.headingHeight('Ownership per social property', 13) +
    (table ? tableHeight(w, table) + 6 : w.paragraphHeight(NO_PROPERTY));
  if (w.fitsHere(height + 12)) w.y += 12;
  else w.newPage();
  w.heading('Purpose and objectives', 16, w.firstLinesHeight(content.purpose || PURPOSE_EMPTY, 2));
  w.paragraph(content.purpose || PURPOSE_EMPTY, content.purpose ? {} : { color: MUTED });
  w.heading('Champion and sponsor', 13, 2 * lineHeight(11) + 4);
  w.paragraph(`Social media champion: ${content.champion || NOTHING}`);
  w.paragraph(`Executive sponsor: ${content.sponsor || NOTHING}`);
  if (!table) {
    w.heading('Ownership per social property', 13, lineHeight(11) + 2);
    w.paragraph(NO_PROPERTY, { color: MUTED });
    return;
  }
  w.heading('Ownership per social property', 13, tableStartHeight(w, table));
  drawTable(w, table);
}

function responsibilities(w: PdfWriter, content: CharterContent): void {
  w.newPage();
  const roles = content.responsibilities[0]?.roles.map((r) => r.role) ?? content.roles;
  const roleWidth = (w.width - 34) / Math.max(1, roles.length);
  const table: TableSpec = {
    columns: [34, ...roles.map(() => roleWidth)],
    head: ['Department', ...roles.map((role) => role.name)],
    rows: content.responsibilities.map((d) => ({
      cells: [{ text: d.department, bold: true }, ...d.roles.map((r) => ({ text: r.activities.length > 0 ? r.activities.map((a) => `• ${a}`).join('\n') : NOTHING }))],
    })),
    size: 8.5,
  };
  w.heading('Responsibilities by department', 16, tableStartHeight(w, table));
  drawTable(w, table);
}

/** A section that is a table, or a quiet sentence when there is nothing to list. */
function tableSection(w: PdfWriter, title: string, table: TableSpec | undefined, empty: string): void {
  if (!table) {
    w.heading(title, 16, lineHeight(11) + 2);
    w.paragraph(empty, { color: MUTED });
    return;
  }
  w.heading(title, 16, tableStartHeight(w, table));
  drawTable(w, table);
}

function escalationsAndDecisions(w: PdfWriter, content: CharterContent): void {
  const third = w.width / 3;
  tableSection(w, 'Escalation criteria', content.escalations.length === 0 ? undefined : {
    columns: [third * 1.3, third, third * 0.7],
    head: ['Trigger', 'Who acts', 'How fast'],
    rows: content.escalations.map((e) => ({ cells: [{ text: e.trigger }, { text: e.who }, { text: e.howFast }] })),
    size: 10,
  }, 'No escalation criteria were recorded.');
  tableSection(w, 'Decisions and notes', content.decisions.length === 0 ? undefined : {
    columns: [third * 0.9, third * 1.1, third],
    head: ['Activity', 'Decision', 'Notes'],
    rows: content.decisions.map((d) => ({ cells: [{ text: d.activity }, { text: d.decision || NOTHING }, { text: d.notes || NOTHING }] })),
    size: 10,
  }, 'No decisions or notes were recorded.');
  // Only when the room left rows for later: an empty section would take room for nothing.
  if (content.parkingLot.length > 0) {
    tableSection(w, 'Parking lot', {
      columns: [third * 1.1, 26, w.width - third * 1.1 - 26],
      head: ['Activity', 'Status', 'Why it waits'],
      rows: content.parkingLot.map((p) => ({ cells: [{ text: p.activity }, { text: p.status }, p.note ? { text: p.note } : { text: 'no reason given', color: MUTED }] })),
      size: 10,
    }, '');
  }
}

function findings(w: PdfWriter, content: CharterContent): void {
  const first = content.nothingToCheck ?? content.findings[0]?.findings[0]?.message ?? 'There are no open findings: every check passes.';
  w.heading('Open findings', 16, 2 * w.firstLinesHeight(first, 2));
  if (content.nothingToCheck) {
    w.paragraph(content.nothingToCheck);
    return;
  }
  if (content.findings.length === 0) {
    w.paragraph('There are no open findings: every check passes.');
    return;
  }
  for (const group of content.findings) {
    const lead = group.findings[0]?.message ?? '';
    // A severity's heading keeps its first finding with it.
    w.room(lineHeight(11) + 2 + w.firstLinesHeight(`• ${lead}`, 2, { size: 10, indent: 3 }));
    w.paragraph(`${severityWords[group.severity].heading} (${group.findings.length})`, { bold: true });
    for (const finding of group.findings) w.paragraph(`• ${finding.message}`, { size: 10, indent: 3 });
  }
}

function signOff(w: PdfWriter, content: CharterContent): void {
  const table: TableSpec = {
    columns: [38, 34, 52, w.width - 38 - 34 - 52 - 24, 24],
    head: ['Department', 'Lead', 'Acknowledgement', 'Signature', 'Date'],
    rows: content.signOff.map((s) => ({ cells: [{ text: s.department }, { text: s.lead }, { text: s.acknowledgement }, { text: '' }, { text: '' }], minHeight: 12 })),
    size: 10,
    valign: 'middle',
    minRowsPerPage: 3,
  };
  const intro = `By signing, each department agrees to the roles in this charter. Acknowledged so far: ${content.acknowledgements}.`;
  // Signatures belong together: the whole section goes to a fresh page rather than split; a table longer
  // than a page breaks between rows, three at least on each side.
  const whole = lineHeight(16) + 7 + w.paragraphHeight(intro, { size: 10 }) + tableHeight(w, table);
  if (!w.fitsHere(whole) && whole <= w.pageRoom) w.newPage();
  w.heading('Sign-off', 16, w.paragraphHeight(intro, { size: 10 }) + tableStartHeight(w, table));
  w.paragraph(intro, { color: MUTED, size: 10 });
  drawTable(w, table);
}

/** Page numbers on every page, and on a draft a DRAFT mark in the top margin of every page. */
function footers(pdf: jsPDF, generatedOn: string, draftReasons: readonly string[]): void {
  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    pdf.setPage(page);
    const width = pdf.internal.pageSize.getWidth();
    if (draftReasons.length > 0) {
      pdf.setFont(FONT, 'bold').setFontSize(10).setTextColor(...DRAFT_RED);
      // The top margin holds one line: reasons too long for it (several objections) are on the cover.
      const full = `DRAFT · ${draftReasons.join(', ')}`;
      const mark = pdf.getTextWidth(full) <= width - 2 * MARGIN ? full : `DRAFT · ${draftReasons.length} points still open, listed on the cover`;
      pdf.text(mark, width - MARGIN, 9, { align: 'right' });
    }
    const y = pdf.internal.pageSize.getHeight() - 8;
    pdf.setFont(FONT, 'normal').setFontSize(9).setTextColor(...MUTED);
    pdf.text(`Generated ${generatedOn}`, MARGIN, y);
    pdf.text(`Page ${page} of ${pages}`, width - MARGIN, y, { align: 'right' });
  }
  pdf.setTextColor(...INK);
}

/**
 * Lays the charter out as a PDF with real, searchable text: text pages upright, matrix pages turned when the
 * matrix needs the width. User text only ever goes through `text()`, never through jsPDF's scripting, HTML or
 * annotation entry points.
 */
export async function renderCharterPdf(content: CharterContent, options: RenderOptions): Promise<Uint8Array> {
  const pdf = new jsPDF({ unit: 'mm', format: options.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
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

  const w = new PdfWriter(pdf, await loadHyphenation(charterTexts(content)));
  const steps: [string, () => void][] = [
    ['Cover', () => cover(w, content)],
    ['Purpose and ownership', () => purpose(w, content)],
    ['Matrix', () => drawMatrix(w, content)],
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
