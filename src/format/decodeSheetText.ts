import type { SheetEncoding } from './sheetGrid';

export interface SheetText {
  readonly text: string;
  readonly encoding: SheetEncoding;
  /** Whether the encoding was detected rather than chosen. */
  readonly guessed: boolean;
}

type LegacyEncoding = Extract<SheetEncoding, `windows-${string}`>;

// The order breaks ties: Western first, since text that reads the same in two code pages is most often Western.
const legacyEncodings: readonly LegacyEncoding[] = ['windows-1252', 'windows-1250', 'windows-1251', 'windows-1253'];

/**
 * The accented letters of the languages these code pages are for. Text read in the wrong Latin code page
 * still gives letters (Czech "ř" read as Western is "ø"), but letters no one language writes together.
 */
const latinAlphabets = [
  'àâæçéèêëîïôœùûüÿ', // French
  'äöüß', // German
  'áéíñóúü', // Spanish
  'àáâãçéêíóôõú', // Portuguese
  'àèéìíòóù', // Italian
  'àçèéíïòóúü', // Catalan
  'áéèëïóöü', // Dutch
  'åæøéó', // Danish, Norwegian
  'åäöé', // Swedish, Finnish
  'áðéíóúýþæö', // Icelandic
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'áéíóöőúüű', // Hungarian
  'čćđšž', // Croatian, Slovene, Bosnian
  'ăâîşţ', // Romanian, in the cedilla forms windows-1250 has
];

// Windows-1252's characters for 0x80-0x9F, from the Encoding Standard. Node (since 20.18.3 and 22.13, until
// fixed) decodes windows-1252 as ISO-8859-1, giving C1 controls there (nodejs/node#60888); browsers do not,
// and for them this changes nothing (the five bytes without a character stay controls).
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(bytes: Uint8Array, encoding: SheetEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80] ?? c) : text;
}

/** Runs of letters, digits and any non-ASCII character: ASCII spaces and punctuation end a word. */
const WORD = /[^\s!-\/:-@\[-`{-~]+/gu;
const LETTER = /\p{L}/u;
const NON_ASCII = /\P{ASCII}/u;
// C1 controls stand where a code page has no character; U+FFFD where the decoder found none.
const UNMAPPED = /[\u0080-\u009f\ufffd]/u;
const SYMBOL = /[\p{S}\p{No}]/u;
const GREEK_TONOS = /[άέήίόύώΐΰΆΈΉΊΌΎΏ]/gu;
const VOWELS = { Cyrillic: 'аеёиоуыэюяіїє', Greek: 'αεηιουωάέήίόύώϊϋΐΰ' } as const;

type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'other';

// Every letter of these code pages lies in one of these blocks; ranges are cheaper than script properties.
function scriptOf(letter: string): Script {
  const code = letter.charCodeAt(0);
  if (code < 0x250) return 'Latin';
  if (code >= 0x370 && code < 0x400) return 'Greek';
  return code >= 0x400 && code < 0x530 ? 'Cyrillic' : 'other';
}

/** All capitals, all small, or a capital then small letters: how words are written, in any script. */
function isWordShaped(letters: readonly string[]): boolean {
  const upper = letters.map((l) => l !== l.toLowerCase());
  return upper.every((u) => u) || upper.slice(1).every((u) => !u);
}

/** A Greek word has one accent at most and a final sigma only at its end; Cyrillic read as Greek breaks both. */
function isGreekWord(letters: readonly string[]): boolean {
  const word = letters.join('');
  return (word.match(GREEK_TONOS)?.length ?? 0) <= 1 && !word.slice(0, -1).includes('ς');
}

interface WordReading {
  readonly points: number;
  /** The non-ASCII letters of a well-formed Latin word, small: they score as far as a language explains them. */
  readonly latinLetters?: readonly string[];
}

/**
 * A point for each letter of a well-formed Cyrillic or Greek word of two letters or more, as far as it has
 * vowels for them; points off for unmapped bytes, symbols inside a word, scripts mixed in one word, and words
 * shaped as no language writes them.
 */
function readWord(word: string): WordReading {
  const chars = [...word];
  const letters = chars.filter((c) => LETTER.test(c));
  const unmapped = chars.filter((c) => UNMAPPED.test(c)).length;
  const symbols = letters.length > 0 ? chars.filter((c) => SYMBOL.test(c)).length : 0;
  if (unmapped > 0 || symbols > 0) return { points: -3 * unmapped - 2 * symbols };
  const scripts = new Set(letters.map(scriptOf));
  const [script] = scripts;
  if (script === undefined) return { points: 0 };
  if (scripts.size > 1 || script === 'other') return { points: -2 };
  if (!isWordShaped(letters) || (script === 'Greek' && !isGreekWord(letters))) return { points: -1 };
  if (script === 'Latin') return { points: 0, latinLetters: letters.filter((l) => NON_ASCII.test(l)).map((l) => l.toLowerCase()) };
  if (letters.length < 2) return { points: 0 };
  // About a third of the letters of a word are vowels; Greek read as Cyrillic (or the reverse) has few.
  const vowels = letters.filter((l) => VOWELS[script].includes(l.toLowerCase())).length;
  return { points: Math.min(letters.length, 3 * vowels) };
}

/**
 * How plausible a decoding reads: the points of its words, and its accented Latin letters as far as one
 * language explains them. ASCII reads the same in every one of these code pages, so only words with other
 * characters count; each distinct word is read once, since a sheet repeats its names.
 */
function plausibility(text: string): number {
  const words = new Map<string, number>();
  for (const [word] of text.matchAll(WORD)) if (NON_ASCII.test(word)) words.set(word, (words.get(word) ?? 0) + 1);
  let points = 0;
  const latin = new Map<string, number>();
  for (const [word, times] of words) {
    const reading = readWord(word);
    points += times * reading.points;
    for (const letter of reading.latinLetters ?? []) latin.set(letter, (latin.get(letter) ?? 0) + times);
  }
  const explained = latinAlphabets.map((alphabet) => [...latin].reduce((sum, [letter, times]) => sum + (alphabet.includes(letter) ? times : 0), 0));
  return points + Math.max(0, ...explained);
}

/**
 * The text of a spreadsheet's CSV file. A byte-order mark names UTF-8 or UTF-16; bytes that are valid
 * UTF-8 are UTF-8 (other text hardly ever is); else the file is in a legacy code page, and the one it
 * reads most plausibly in is taken. `chosen` overrides all that, for a person who sees the guess is wrong.
 */
export function decodeSheetText(bytes: Uint8Array, chosen?: SheetEncoding): SheetText {
  if (chosen) return { text: decode(bytes, chosen), encoding: chosen, guessed: false };
  const [b0, b1, b2] = bytes;
  // TextDecoder takes the byte-order mark off by itself.
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', guessed: true };
  if (b0 === 0xff && b1 === 0xfe) return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le', guessed: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be', guessed: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', guessed: true };
  } catch {
    const readings = legacyEncodings.map((encoding) => {
      const text = decode(bytes, encoding);
      return { text, encoding, score: plausibility(text) };
    });
    const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
    return { text: best.text, encoding: best.encoding, guessed: true };
  }
}
