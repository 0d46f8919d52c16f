import { EMPTY_MARKS, SINGLE_MARKS, conceptOfWord, foldWord, type RoleConcept } from './roleWords';
import type { SheetLegend } from './sheetLegend';

/** What one cell of a department column says. */
export type CellMarks =
  | { readonly kind: 'blank' }
  /** "-", "n/a", "0": no role, said once as a note. */
  | { readonly kind: 'empty'; readonly text: string }
  /** "x", "✓": one role, the person's pick. */
  | { readonly kind: 'single'; readonly text: string }
  /** Marks that name roles: each as the key the preview lists it under ("R", "Verantwortlich"). */
  | { readonly kind: 'marks'; readonly marks: readonly string[] }
  /** Anything else: text, never read as roles. */
  | { readonly kind: 'text'; readonly text: string };

// "R/A", "R, A", "R / A", "R + A" and "R & A" all list marks.
const SEPARATORS = /\s*[,;/+&|\n]\s*|\s+/u;
const LETTERS = new Set(['R', 'A', 'C', 'I', 'S', 'D']);
const MAX_LETTERS = 5;

/** The meaning of a mark key: the legend's first, then the usual letters, then role words. */
export function meaningOfMark(mark: string, legend: SheetLegend): RoleConcept | 'none' | undefined {
  const fromLegend = legend.get(mark.toUpperCase());
  if (fromLegend) return fromLegend;
  const letter = { R: 'responsible', A: 'accountable', C: 'consulted', I: 'informed', S: 'support', D: 'driver' } as const;
  if (mark.length === 1 && mark in letter) return letter[mark as keyof typeof letter];
  return conceptOfWord(mark);
}

/**
 * Reads a cell as role marks only when it is made wholly of them: letters ("RA", "R/A"), role words in the
 * seven languages, or the legend's own marks. A word inside a sentence ("AI Lead") makes the cell text.
 */
export function readCellMarks(raw: string, legend: SheetLegend): CellMarks {
  // A sheet repeats a few texts thousands of times, and the header search reads each cell more than once.
  let known = readings.get(legend);
  if (!known) readings.set(legend, (known = new Map()));
  const cached = known.get(raw);
  if (cached) return cached;
  const read = readCell(raw, legend);
  known.set(raw, read);
  return read;
}

const readings = new WeakMap<SheetLegend, Map<string, CellMarks>>();

function readCell(raw: string, legend: SheetLegend): CellMarks {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  const folded = foldWord(text) || text;
  if (legend.has(text.toUpperCase())) return legend.get(text.toUpperCase()) === 'none' ? { kind: 'empty', text } : { kind: 'marks', marks: [text.toUpperCase()] };
  if (EMPTY_MARKS.includes(text.toLowerCase()) || conceptOfWord(text) === 'none') return { kind: 'empty', text };
  if (SINGLE_MARKS.includes(text.toLowerCase())) return { kind: 'single', text };
  const whole = conceptOfWord(text);
  if (whole) return { kind: 'marks', marks: [folded] };
  const marks: string[] = [];
  for (const token of text.split(SEPARATORS).filter(Boolean)) {
    const upper = token.toUpperCase();
    const word = conceptOfWord(token);
    if (legend.has(upper)) marks.push(upper);
    else if (word !== undefined && word !== 'none') marks.push(foldWord(token));
    // Letters in capitals ("RA"), or one or two in small letters ("ra"): a longer small word is a word.
    else if (/^\p{L}+$/u.test(token) && token.length <= MAX_LETTERS && (token === upper || token.length <= 2) && [...upper].every((l) => LETTERS.has(l) || legend.has(l))) marks.push(...upper);
    else return { kind: 'text', text };
  }
  return marks.length > 0 ? { kind: 'marks', marks: [...new Set(marks)] } : { kind: 'text', text };
}
