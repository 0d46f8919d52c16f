import type { Syllables } from './hyphenation';
import { BADGE_GAP, CELL_PADDING } from './tableRules';
import { wrapText } from './wrapText';

/** The width of a text at a size in points, regular or bold, in millimetres. */
export type MeasureAt = (text: string, size: number, bold: boolean) => number;

/** One step of how small the matrix may be set: never under 8 pt for names and 7 pt for role letters. */
export interface MatrixSizes {
  readonly name: number;
  readonly head: number;
  readonly letter: number;
  /** The side of a role letter's coloured square, in millimetres. */
  readonly badge: number;
  /** The narrowest department column this step accepts, in millimetres. */
  readonly minColumn: number;
}

/** A column head may wrap onto at most this many lines. */
export const MAX_HEAD_LINES = 3;
const ACTIVITY_WIDTH = { min: 46, max: 70 };
/** Wider than this a column of a few letters looks empty: a matrix of few departments leaves the rest of the page. */
const MAX_COLUMN = 36;

/** What a typesetter tries, in order, before sharing the departments over more column pages. */
/** The type the matrix is set in when it has room, and its legend always. */
export const NORMAL_SIZES = { name: 9.5, head: 8.5, letter: 8.5, badge: 4.6 } as const;
const SMALL_SIZES = { name: 8, head: 8, letter: 7, badge: 3.9 } as const;

const STEPS: readonly { readonly orientation: 'portrait' | 'landscape'; readonly sizes: MatrixSizes }[] = [
  { orientation: 'portrait', sizes: { ...NORMAL_SIZES, minColumn: 18 } },
  { orientation: 'landscape', sizes: { ...NORMAL_SIZES, minColumn: 18 } },
  { orientation: 'landscape', sizes: { ...NORMAL_SIZES, minColumn: 13 } },
  { orientation: 'landscape', sizes: { ...SMALL_SIZES, minColumn: 10 } },
];

export interface MatrixPlan {
  readonly orientation: 'portrait' | 'landscape';
  readonly sizes: MatrixSizes;
  readonly activityWidth: number;
  readonly departmentWidth: number;
  /** The departments (indices) of each column page, shared evenly: 10 as 5 + 5, 11 as 6 + 5. */
  readonly columnPages: readonly (readonly number[])[];
}

export interface MatrixPlanInput {
  /** The column heads, one per department. */
  readonly labels: readonly string[];
  /** For each department, the most role letters any one of its cells holds. */
  readonly mostLetters: readonly number[];
  /** The width a page of each orientation leaves between its margins, in millimetres. */
  readonly width: { readonly portrait: number; readonly landscape: number };
  readonly measure: MeasureAt;
  readonly syllables: Syllables;
}

/** Shares `count` departments over `pages` pages, the larger shares first and never more than one apart. */
export function shareEvenly(count: number, pages: number): number[][] {
  const result: number[][] = [];
  let next = 0;
  for (let page = 0; page < pages; page += 1) {
    const size = Math.floor(count / pages) + (page < count % pages ? 1 : 0);
    result.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return result;
}

export function badgesWidth(letters: number, sizes: MatrixSizes): number {
  return letters * sizes.badge + Math.max(0, letters - 1) * BADGE_GAP;
}

function headFits(label: string, width: number, input: MatrixPlanInput, size: number, hyphens: boolean): boolean {
  const wrapped = wrapText(label, width - 2 * CELL_PADDING, (text) => input.measure(text, size, true), input.syllables);
  return wrapped.fits && (hyphens || !wrapped.hyphenated) && wrapped.lines.length <= MAX_HEAD_LINES;
}

/**
 * How the matrix is set: on one page width if any step fits (portrait, then landscape, then narrower columns,
 * then smaller type), else over as few column pages as fit, the departments shared evenly, the activity
 * column repeated on each. A step fits when every column holds its widest cell's letters and its head in at
 * most three lines, words whole if any step allows it, else hyphenated, never broken between letters.
 */
export function planMatrix(input: MatrixPlanInput): MatrixPlan {
  const count = Math.max(1, input.labels.length);
  for (let pages = 1; pages <= count; pages += 1) {
    const shares = shareEvenly(input.labels.length, pages);
    const perPage = Math.max(1, ...shares.map((share) => share.length));
    // Every step with whole words first; hyphenated heads before a further column page.
    for (const [hyphens, { orientation, sizes }] of [false, true].flatMap((h) => STEPS.map((step) => [h, step] as const))) {
      const width = input.width[orientation];
      const needed = Math.max(sizes.minColumn, ...input.mostLetters.map((letters) => badgesWidth(letters, sizes) + 2 * CELL_PADDING));
      // A wide activity column first; a narrower one before a department has to move to another page.
      const wide = Math.min(ACTIVITY_WIDTH.max, Math.max(ACTIVITY_WIDTH.min, width - perPage * needed));
      for (const activityWidth of new Set([wide, ACTIVITY_WIDTH.min])) {
        // Rounded down to a tenth of a millimetre, so columns never add up to more than the page.
        const departmentWidth = Math.min(MAX_COLUMN, Math.floor(((width - activityWidth) / perPage) * 10) / 10);
        const fits = input.labels.every((label, i) => {
          const letters = input.mostLetters[i] ?? 1;
          return departmentWidth >= Math.max(sizes.minColumn, badgesWidth(letters, sizes) + 2 * CELL_PADDING) && headFits(label, departmentWidth, input, sizes.head, hyphens);
        });
        if (fits) return { orientation, sizes, activityWidth, departmentWidth, columnPages: shares };
      }
    }
  }
  // One department per page and still too narrow (a name of one endless word): the smallest step, hyphenated.
  const last = STEPS[STEPS.length - 1] ?? STEPS[0];
  if (!last) throw new Error('No matrix step is defined.');
  const width = input.width[last.orientation];
  return {
    orientation: last.orientation,
    sizes: last.sizes,
    activityWidth: ACTIVITY_WIDTH.min,
    departmentWidth: width - ACTIVITY_WIDTH.min,
    columnPages: shareEvenly(input.labels.length, count),
  };
}
