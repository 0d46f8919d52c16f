import type { jsPDF } from 'jspdf';
import type { Syllables } from './typeset/hyphenation';
import { wrapText } from './typeset/wrapText';

export type Rgb = readonly [number, number, number];
export type Orientation = 'portrait' | 'landscape';

/** The paper rules every page follows: margins, the charter's font, its inks. */
export const MARGIN = 16;
/** Below the text: the footer's line (page number, generation date). */
export const FOOTER_ROOM = 8;
export const FONT = 'NotoSans';
export const INK: Rgb = [15, 23, 42];
export const MUTED: Rgb = [71, 85, 105];
export const DRAFT_RED: Rgb = [185, 28, 28];

/** Line height in millimetres for a size in points: 1.28 times the size, as body text reads well. */
export function lineHeight(size: number): number {
  return size * 0.45;
}

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
  readonly indent?: number;
}

/**
 * A page-aware writer: text flows down the page and onto the next, wrapped between words (a word too long
 * for its line hyphenated), text pages upright and matrix pages turned where the matrix needs it.
 */
export class PdfWriter {
  y = MARGIN;
  constructor(readonly pdf: jsPDF, readonly syllables: Syllables) {}

  get pageWidth(): number {
    return this.pdf.internal.pageSize.getWidth();
  }

  /** The width between the margins of the current page. */
  get width(): number {
    return this.pageWidth - 2 * MARGIN;
  }

  /** Where text stops above the footer. */
  get bottom(): number {
    return this.pdf.internal.pageSize.getHeight() - MARGIN - FOOTER_ROOM;
  }

  /** The height text has on an empty page of the current orientation. */
  get pageRoom(): number {
    return this.bottom - MARGIN;
  }

  get orientation(): Orientation {
    return this.pageWidth > this.pdf.internal.pageSize.getHeight() ? 'landscape' : 'portrait';
  }

  get pageNumber(): number {
    return this.pdf.getNumberOfPages();
  }

  fitsHere(height: number): boolean {
    return this.y + height <= this.bottom + 1e-6;
  }

  /** Starts a new page when `height` does not fit below what is on this one. */
  room(height: number): void {
    if (!this.fitsHere(height) && this.y > MARGIN) this.newPage();
  }

  newPage(orientation: Orientation = 'portrait'): void {
    this.pdf.addPage(undefined, orientation);
    this.y = MARGIN;
  }

  font(size: number, bold = false, color: Rgb = INK): void {
    this.pdf.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...color);
  }

  /** The lines a text takes at a width, in a size and weight. */
  wrap(text: string, width: number, size: number, bold = false): readonly string[] {
    this.pdf.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(size);
    return wrapText(text, width, (t) => this.pdf.getTextWidth(t), this.syllables).lines;
  }

  measure(text: string, size: number, bold: boolean): number {
    this.pdf.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(size);
    return this.pdf.getTextWidth(text);
  }

  paragraphHeight(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 11;
    return this.wrap(text, this.width - (style.indent ?? 0), size, style.bold).length * lineHeight(size) + 2;
  }

  /** The first `count` lines of a paragraph: what a heading keeps with it. */
  firstLinesHeight(text: string, count: number, style: TextStyle = {}): number {
    const size = style.size ?? 11;
    return Math.min(count, this.wrap(text, this.width - (style.indent ?? 0), size, style.bold).length) * lineHeight(size) + 2;
  }

  /** The height `heading` takes below text already on the page. */
  headingHeight(text: string, size: number): number {
    return 4 + this.wrap(text, this.width, size, true).length * lineHeight(size) + 3;
  }

  /**
   * A heading, kept on the page with the first `keep` millimetres of what follows it (its first lines, or a
   * table's header and first row).
   */
  heading(text: string, size: number, keep: number): void {
    const lines = this.wrap(text, this.width, size, true);
    this.room(this.headingHeight(text, size) + keep);
    this.y += this.y > MARGIN ? 4 : 0;
    this.font(size, true);
    for (const line of lines) {
      this.pdf.text(line, MARGIN, this.y + lineHeight(size) * 0.8);
      this.y += lineHeight(size);
    }
    this.y += 3;
  }

  /** A paragraph; its lines flow onto the next page where they must, but never fewer than two on either side. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 11;
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, this.width - indent, size, style.bold);
    const height = lineHeight(size);
    if (lines.length <= 3) this.room(lines.length * height);
    else this.room(2 * height);
    lines.forEach((line, i) => {
      const remaining = lines.length - i;
      // Two lines at least at the top of the next page: no single line left behind.
      if (!this.fitsHere(height) || (remaining === 2 && i > 0 && !this.fitsHere(2 * height))) this.newPage(this.orientation);
      this.font(size, style.bold, style.color);
      this.pdf.text(line, MARGIN + indent, this.y + height * 0.8);
      this.y += height;
    });
    this.y += 2;
  }
}
