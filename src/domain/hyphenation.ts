/** The languages a workshop may be held in (a workshop has no field for it yet: see guessLanguage). */
export type WorkshopLanguage = 'en' | 'de' | 'fr' | 'es';

/** The TeX pattern sets names are hyphenated with: one per language for Latin script, and one each for Greek and Cyrillic. */
export type PatternSet = 'en-us' | 'de' | 'fr' | 'es' | 'ru' | 'el-monoton';

const latinPatterns: Readonly<Record<WorkshopLanguage, PatternSet>> = { en: 'en-us', de: 'de', fr: 'fr', es: 'es' };

/** The patterns for one word: its script decides first (Greek, Cyrillic), then the workshop's language. */
export function patternSetOf(word: string, language: WorkshopLanguage): PatternSet {
  if (/\p{Script=Cyrillic}/u.test(word)) return 'ru';
  if (/\p{Script=Greek}/u.test(word)) return 'el-monoton';
  return latinPatterns[language];
}

// Letters each language writes and the others of the list do not (é is French and Spanish, so it tells nothing).
const ownLetters: readonly (readonly [WorkshopLanguage, RegExp])[] = [
  ['de', /[äöüß]/giu],
  ['fr', /[àâçèêëîïôœùûÿ]/giu],
  ['es', /[ñáíóú¡¿]/giu],
];

/**
 * The language a workshop's names are written in, until a workshop says so itself: the one whose own
 * letters the names use most ("Öffentlichkeitsarbeit": German), English when none does. A guess at the
 * level of the workshop, not of each word, so "Unternehmenskommunikation" beside it is German too.
 */
export function guessLanguage(texts: readonly string[]): WorkshopLanguage {
  const all = texts.join(' ');
  let best: WorkshopLanguage = 'en';
  let most = 0;
  for (const [language, letters] of ownLetters) {
    const count = all.match(letters)?.length ?? 0;
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

/** The pattern sets a set of texts needs, each once, in a stable order. */
export function patternSetsFor(texts: readonly string[], language: WorkshopLanguage): PatternSet[] {
  const sets = new Set<PatternSet>();
  for (const word of texts.join(' ').match(WORD) ?? []) sets.add(patternSetOf(word, language));
  return [...sets].sort();
}

/** Splits a word into the pieces a line may break between ("Öf", "fent", "lich", "keits", "ar", "beit"). */
export type Syllables = (word: string) => readonly string[];

/** A text as it is set: plain runs, and words that may break (their syllables, at least two). */
export type TextPiece = string | readonly string[];

// Letters with their accents; digits and punctuation are not hyphenated.
const WORD = /[\p{L}\p{M}]+/gu;

/** The text in pieces: each word the patterns can break becomes its syllables, the rest stays as typed. */
export function breakText(text: string, syllables: Syllables): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plain = '';
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const parts = syllables(match[0]);
    if (parts.length < 2) continue;
    plain += text.slice(at, match.index);
    if (plain) pieces.push(plain);
    plain = '';
    pieces.push(parts);
    at = match.index + match[0].length;
  }
  plain += text.slice(at);
  if (plain) pieces.push(plain);
  return pieces;
}
