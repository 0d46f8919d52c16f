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

/**
 * A label to offer when a department has none: the initials of a name of several words ("Public
 * Relations" gives "PR", "Product & Research" gives "P&R"), else the name's first letters.
 */
export function suggestShortLabel(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length > 1) {
    const initials = words.map((word) => (/^[\p{L}\p{N}]/u.test(word) ? (word[0] ?? '').toLocaleUpperCase() : word)).join('');
    if (initials.length <= SHORT_LABEL_MAX_LENGTH) return initials;
  }
  return (words[0] ?? '').slice(0, SHORT_LABEL_MAX_LENGTH);
}

/** A short label as typed or read from a file: trimmed, at most the maximum length, absent when blank. */
export function normalShortLabel(label: string | undefined): string | undefined {
  const trimmed = label?.trim().slice(0, SHORT_LABEL_MAX_LENGTH).trim();
  return trimmed ? trimmed : undefined;
}
