import { beforeAll, describe, expect, it } from 'vitest';
import { charterContent, charterTexts, type CharterContent } from '../../src/charter/charterContent';
import { CELL_PADDING } from '../../src/charter/typeset/tableRules';
import { MARGIN } from '../../src/charter/pdfWriter';
import { renderCharterPdf, type CharterFonts } from '../../src/charter/renderCharterPdf';
import { nodeCharterFonts } from '../../src/cli/nodeCharterFonts';
import { generateMatrix } from '../../bench/generateMatrix';
import { charterCases, papers } from './charterCases';
import { pdfText, type PdfPage, type PdfTextItem } from './pdfText';

// The typesetting rules of the charter, read back from the PDF's own text as a participant's reader extracts it.

const POINTS_PER_MM = 72 / 25.4;
/** Where the first column's text starts: the activity names and group headings of the matrix. */
const FIRST_COLUMN_X = (MARGIN + CELL_PADDING) * POINTS_PER_MM;
const SECTION_HEADINGS = ['Purpose and objectives', 'Champion and sponsor', 'Ownership per social property', 'Responsibilities by department', 'Escalation criteria', 'Decisions and notes', 'Parking lot', 'Open findings', 'Sign-off'];

let fonts: CharterFonts;
beforeAll(async () => {
  fonts = await nodeCharterFonts();
});

const squash = (text: string) => text.replace(/[\s\-‐]/gu, '');
const bare = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '').replace(/-$/u, '').toLowerCase();

/** Every word the charter's own data holds, for telling a word cut in two from two words. */
function vocabulary(content: CharterContent): Set<string> {
  const words = charterTexts(content).flatMap((text) => text.split(/\s+/u)).map(bare).filter(Boolean);
  return new Set([...words, ...words.flatMap((word) => word.split('-'))]);
}

/** The lines directly below each other in one cell or paragraph: overlapping across, one line apart down. */
function nextLineOf(items: readonly PdfTextItem[], item: PdfTextItem): PdfTextItem | undefined {
  return items.find((other) => {
    const step = other.y - item.y;
    return other !== item && Math.abs(other.size - item.size) < 0.1 && step > 1.1 * item.size && step < 1.45 * item.size && other.x < item.x + item.width && item.x < other.x + other.width;
  });
}

/** Words cut between two lines: without a hyphen, or hyphenated where the joined text is no word. */
function cutWords(page: PdfPage, words: Set<string>): string[] {
  const cuts: string[] = [];
  for (const item of page.items) {
    const below = nextLineOf(page.items, item);
    if (!below) continue;
    const last = item.str.trim().split(/\s+/u).at(-1) ?? '';
    const first = below.str.trim().split(/\s+/u)[0] ?? '';
    if (last.endsWith('-')) {
      // Hyphenated: the two halves (and any further ones) make a word of the text again.
      let joined = last.slice(0, -1) + first;
      let line = below;
      while (joined.endsWith('-') && line.str.trim().split(/\s+/u).length === 1) {
        const further = nextLineOf(page.items, line);
        if (!further) break;
        joined = joined.slice(0, -1) + (further.str.trim().split(/\s+/u)[0] ?? '');
        line = further;
      }
      const withHyphen = `${last}${first}`;
      if (!words.has(bare(joined)) && !words.has(bare(withHyphen)) && !/\p{N}/u.test(joined)) cuts.push(`${last} | ${first}`);
    } else if (/\p{L}$/u.test(last) && /^\p{L}/u.test(first) && words.has(bare(last + first)) && !words.has(bare(last))) {
      cuts.push(`${last} | ${first}`);
    }
  }
  return cuts;
}

/** The matrix rows of a page: its first column's lines, joined where one row wraps onto several. */
function firstColumnRows(page: PdfPage): string[] {
  const lines = page.items.filter((item) => Math.abs(item.x - FIRST_COLUMN_X) < 0.5).sort((a, b) => a.y - b.y);
  const rows: string[] = [];
  let previous: PdfTextItem | undefined;
  for (const line of lines) {
    if (previous && line.y - previous.y < 1.45 * line.size && Math.abs(line.size - previous.size) < 0.1) rows[rows.length - 1] += ` ${line.str}`;
    else rows.push(line.str);
    previous = line;
  }
  return rows.filter((row) => row !== 'Activity');
}

async function render(content: CharterContent, paper: 'a4' | 'letter') {
  return pdfText(await renderCharterPdf(content, { fonts, paper }));
}

describe.each(papers)('the charter on %s', (paper) => {
  it.each(charterCases().map((c) => [c.name, c] as const))('typesets %s as a document to sign', async (_, { doc }) => {
    const content = charterContent(doc, '2026-12-07');
    const { pages, layout } = await render(content, paper);
    const matrixHeading = `The ${content.roleScheme} matrix`;
    const isMatrix = pages.map((text) => text.includes(matrixHeading));
    const groups = new Set(content.matrix.flatMap((row) => (row.kind === 'group' ? [squash(row.name)] : [])));
    const activities = content.matrix.flatMap((row) => (row.kind === 'activity' ? [squash(row.name)] : []));

    // Paper: the size asked for; text pages upright, matrix pages turned only where the matrix needs it.
    const [short, long] = paper === 'a4' ? [595.28, 841.89] : [612, 792];
    layout.forEach((page, i) => {
      expect(Math.min(page.width, page.height), `page ${i + 1}`).toBeCloseTo(short, 0);
      expect(Math.max(page.width, page.height), `page ${i + 1}`).toBeCloseTo(long, 0);
      if (!isMatrix[i]) expect(page.width < page.height, `text page ${i + 1} is upright`).toBe(true);
    });

    // Columns shared fairly: the parts name their departments, within one column of each other, all of them.
    const spans = [...new Set(pages.flatMap((text) => [...text.matchAll(/[Dd]epartments (\d+)(?:–(\d+))? of (\d+)\./gu)].map((m) => `${m[1]}-${m[2] ?? m[1]}`)))];
    const sizes = spans.map((span) => span.split('-').map(Number)).map(([from = 0, to = 0]) => to - from + 1);
    if (spans.length > 0) {
      expect(Math.max(...sizes) - Math.min(...sizes), `parts ${spans.join(', ')}`).toBeLessThanOrEqual(1);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(content.departments.length);
    }
    const parts = Math.max(1, spans.length);

    // No row split: each part of the matrix holds every activity exactly once, each whole on one page; and
    // no group heading stands at a page's foot without its first row.
    const rows = layout.flatMap((page, i) => (isMatrix[i] ? [firstColumnRows(page).map(squash)] : []));
    for (const pageRows of rows) {
      for (const row of pageRows) expect(groups.has(row) || activities.includes(row), `a matrix row reads "${row}"`).toBe(true);
      expect(groups.has(pageRows.at(-1) ?? ''), `a group heading ends a page: ${pageRows.at(-1)}`).toBe(false);
    }
    // A broken matrix leaves no row alone at a page's head or foot: two at least on every page.
    rows.forEach((pageRows, i) => expect(pageRows.length, `matrix page ${i + 1} holds ${pageRows.join(' / ')}`).toBeGreaterThanOrEqual(Math.min(2, content.matrix.length)));
    const placed = rows.flat().filter((row) => !groups.has(row));
    expect(placed.length).toBe(activities.length * parts);

    // Section headings keep their first lines: none is the last text above a page's footer.
    layout.forEach((page, i) => {
      const body = page.items.filter((item) => item.y < page.height - 14 * POINTS_PER_MM && item.y > 12 * POINTS_PER_MM);
      const last = body.reduce<PdfTextItem | undefined>((low, item) => (!low || item.y >= low.y ? item : low), undefined);
      expect(SECTION_HEADINGS.includes(last?.str ?? ''), `page ${i + 1} ends with the heading "${last?.str}"`).toBe(false);
    });

    // No word broken inside a word: lines break between words, or at a hyphenation point with a hyphen.
    const words = vocabulary(content);
    const cuts = layout.flatMap((page) => cutWords(page, words));
    expect(cuts).toEqual([]);

    // The sign-off table whole on one page, or broken between rows with three at least on each side.
    const signOffPages = layout.filter((page) => page.items.some((item) => item.str === 'Signature'));
    const signed = signOffPages.map((page) => page.items.filter((item) => /^(Pending|Agreed|Objected)/u.test(item.str)).length);
    expect(signed.reduce((a, b) => a + b, 0)).toBe(content.signOff.length);
    if (content.signOff.length <= 12) expect(signOffPages).toHaveLength(1);
    else for (const count of signed) expect(count).toBeGreaterThanOrEqual(3);

    // One participant per line on the cover, as entered.
    const cover = layout[0]?.items.map((item) => item.str) ?? [];
    for (const participant of content.workshop.participants) expect(cover, participant).toContain(participant);
  });
});

describe('the charter’s exceptions', () => {
  it('breaks only a row taller than a whole page, and says where it continues', async () => {
    const doc = generateMatrix(3, 3);
    const endless = Array.from({ length: 700 }, (_, i) => `step${i}`).join(' ');
    const long = { ...doc, activities: doc.activities.map((a, i) => (i === 1 ? { ...a, name: endless } : a)) };
    const { pages } = await render(charterContent(long, '2026-12-07'), 'letter');
    const matrix = pages.filter((text) => text.includes('The RACI matrix'));
    expect(matrix.length).toBeGreaterThan(1);
    expect(matrix.slice(1).some((text) => text.includes('(continued from the previous page) step'))).toBe(true);
  });

  it('says where the sign-off stands on the cover: who agreed, who objected and why', async () => {
    const { doc } = charterCases()[0] ?? { doc: generateMatrix(1, 1) };
    const { layout } = await render(charterContent(doc, '2026-12-07'), 'a4');
    const cover = layout[0]?.items.map((item) => item.str) ?? [];
    expect(cover).toContain('1 of 10 departments agreed, 1 objected');
    expect(cover).toContain('Legal objected: wants to see the crisis plan first');
  });
});
