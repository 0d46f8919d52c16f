import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text as a PDF reader places it: in points, from the page's top left corner. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font size, in points. */
  readonly size: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

export interface PdfText {
  /** Each page's text, items joined by spaces. */
  readonly pages: readonly string[];
  /** Each page's size and its text items in drawing order, for layout assertions. */
  readonly layout: readonly PdfPage[];
  readonly info: Record<string, unknown>;
}

/** Reads a PDF's real text back, as a reader's copy and paste would. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const layout: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
      items.push({ str: item.str, x, y: height - y, width: item.width, size: Math.hypot(a, b) });
    }
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    layout.push({ width, height, items });
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, layout, info: info as Record<string, unknown> };
}
