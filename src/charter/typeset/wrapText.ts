import type { Syllables } from './hyphenation';

/** The width of a text in the size and style being set, in the page's unit. */
export type Measure = (text: string) => number;

export interface WrappedText {
  readonly lines: readonly string[];
  /**
   * False when a piece of a word was wider than the line even at its hyphenation points and had to be
   * broken between letters (still with a hyphen): the caller should set the text smaller or widen the column.
   */
  readonly fits: boolean;
  /** True when some word had to be hyphenated: a layout that avoids it reads better. */
  readonly hyphenated: boolean;
}

/** Pieces of one word at its own hyphens ("Follow-", "up"); a break there needs no extra hyphen. */
function hyphenSegments(word: string): string[] {
  return word.split(/(?<=[-‐‑–—/])/u).filter(Boolean);
}

/**
 * Breaks a word wider than the line into lines: at its own hyphens first, then at the hyphenation points
 * of `syllables`, each broken line ending in a hyphen. The last piece is returned apart, as it may share its
 * line with the words after it.
 */
function breakWord(word: string, width: number, measure: Measure, syllables: Syllables): { lines: string[]; rest: string; fits: boolean } {
  const pieces: { text: string; hyphen: boolean }[] = [];
  for (const segment of hyphenSegments(word)) {
    const parts = /[-‐‑–—/]$/u.test(segment) ? [...syllables(segment.slice(0, -1)), segment.slice(-1)] : [...syllables(segment)];
    // The segment's own hyphen joins its last syllable; breaks inside the segment need one added.
    const joined = /[-‐‑–—/]$/u.test(segment) ? [...parts.slice(0, -2), `${parts.at(-2) ?? ''}${parts.at(-1) ?? ''}`] : parts;
    joined.forEach((text, i) => pieces.push({ text, hyphen: i < joined.length - 1 }));
  }
  const lines: string[] = [];
  let fits = true;
  let current = '';
  let currentHyphen = false;
  for (const piece of pieces) {
    const candidate = current + piece.text;
    const needs = piece.hyphen ? `${candidate}-` : candidate;
    if (current === '' || measure(needs) <= width) {
      current = candidate;
      currentHyphen = piece.hyphen;
      continue;
    }
    lines.push(currentHyphen ? `${current}-` : current);
    current = piece.text;
    currentHyphen = piece.hyphen;
  }
  // A piece still wider than the line: the last resort, between letters, and still marked with a hyphen.
  const out: string[] = [];
  for (const line of [...lines, currentHyphen ? `${current}-` : current]) {
    if (measure(line) <= width) {
      out.push(line);
      continue;
    }
    fits = false;
    let rest = line;
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(`${rest.slice(0, cut)}-`) > width) cut -= 1;
      out.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  const last = out.pop() ?? '';
  const rest = currentHyphen && last.endsWith('-') ? last.slice(0, -1) : last;
  return { lines: out, rest, fits };
}

/**
 * Wraps a text into lines no wider than `width`, breaking between words; a single word too long for a line
 * is hyphenated (never cut without a hyphen). Line breaks in the text are kept.
 */
export function wrapText(text: string, width: number, measure: Measure, syllables: Syllables): WrappedText {
  const lines: string[] = [];
  let fits = true;
  let hyphenated = false;
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (measure(word) <= width) {
        line = word;
        continue;
      }
      const broken = breakWord(word, width, measure, syllables);
      fits &&= broken.fits;
      hyphenated = true;
      lines.push(...broken.lines);
      line = broken.rest;
    }
    lines.push(line);
  }
  return { lines, fits, hyphenated };
}
