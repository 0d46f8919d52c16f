import type { Department } from './model';

/**
 * A short label is what a dense place shows instead of the name: a chip in a narrow cell, a matrix column
 * header, the PDF matrix's header row. Eight characters still fit a 110 px column at projector size.
 */
export const SHORT_LABEL_MAX_LENGTH = 8;

/** What a dense place shows for `department`: its short label, or its name when it has none. */
export function shortLabelOf(department: Department): string {
  return department.shortLabel ?? department.name;
}

let graphemes: Intl.Segmenter | undefined;

/** Characters as a person counts them: an emoji or an accented letter built of several code points is one. */
function characters(text: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** How long a label is, in the characters SHORT_LABEL_MAX_LENGTH counts. */
export function shortLabelLength(label: string): number {
  return characters(label).length;
}

/**
 * A label to offer for a name of several words: its initials ("Public Relations" gives "PR", "Product &
 * Research" gives "P&R"). A single word gets no offer: only a person knows that Marketing is "Mktg".
 */
export function suggestShortLabel(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length < 2) return '';
  const initials = words.map((word) => (/^[\p{L}\p{N}]/u.test(word) ? (characters(word)[0] ?? '').toLocaleUpperCase() : word)).join('');
  return shortLabelLength(initials) <= SHORT_LABEL_MAX_LENGTH ? initials : '';
}

/** A short label as typed or read from a file: trimmed, at most the maximum length, absent when blank. */
export function normalShortLabel(label: string | undefined): string | undefined {
  const trimmed = characters(label?.trim() ?? '').slice(0, SHORT_LABEL_MAX_LENGTH).join('').trim();
  return trimmed ? trimmed : undefined;
}
