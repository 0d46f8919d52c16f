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

/** Whether a dense place shows something other than the name, so a reader needs "PR = Public Relations". */
export function hasOwnShortLabel(department: Department): boolean {
  return department.shortLabel !== undefined && department.shortLabel !== department.name;
}

/**
 * What the short labels stand for, "PR = Public Relations", for each department a dense place shows by
 * something other than its name: the legend beside a matrix on paper or on a slide, where no tooltip helps.
 */
export function shortLabelLegend(departments: readonly Department[]): string[] {
  return departments.flatMap((d) => (d.shortLabel !== undefined && hasOwnShortLabel(d) ? [`${d.shortLabel} = ${d.name}`] : []));
}

/** Labels as a reader tells them apart: "PR" and "pr" look like one department from the back of the room. */
export function labelKey(label: string): string {
  return label.trim().normalize('NFC').toLowerCase();
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

const initialOf = (word: string) => (/^[\p{L}\p{N}]/u.test(word) ? (characters(word)[0] ?? '').toLocaleUpperCase() : word);

/**
 * Labels to offer for a name of several words, best first: its initials ("Public Relations" gives "PR",
 * "Product & Research" gives "P&R"), then the last word spelt out further ("Customer Success" gives "CSu",
 * "CSuc" ...), for when the initials already stand for another department.
 */
function labelCandidates(name: string): string[] {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length < 2) return [];
  const head = words.slice(0, -1).map(initialOf).join('');
  const lastWord = words[words.length - 1] ?? '';
  const candidates = [head + initialOf(lastWord)];
  // Only a word can be spelt out further: "(EU)" is its own initial already.
  const last = /^[\p{L}\p{N}]/u.test(lastWord) ? characters(lastWord) : [];
  for (let shown = 2; shown <= last.length; shown += 1) candidates.push(head + initialOf(lastWord) + last.slice(1, shown).join(''));
  return candidates.filter((label) => shortLabelLength(label) <= SHORT_LABEL_MAX_LENGTH);
}

/**
 * A label to offer for `name`, never one of `inUse` (compared as a reader would, ignoring case): two chips
 * reading "CS" could not be told apart. A single word gets no offer: only a person knows that Marketing is
 * "Mktg". Empty when no label can be made that is free.
 */
export function suggestShortLabel(name: string, inUse: readonly string[] = []): string {
  const taken = new Set(inUse.map(labelKey));
  return labelCandidates(name).find((label) => !taken.has(labelKey(label))) ?? '';
}

/** A short label as typed or read from a file: trimmed, at most the maximum length, absent when blank. */
export function normalShortLabel(label: string | undefined): string | undefined {
  const trimmed = characters(label?.trim() ?? '').slice(0, SHORT_LABEL_MAX_LENGTH).join('').trim();
  return trimmed ? trimmed : undefined;
}
