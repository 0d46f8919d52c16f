/** One interval of code points, both ends included. */
export type CodePointRange = readonly [from: number, to: number];

/**
 * The intervals of a CSS `unicode-range` as the browser serializes it ("U+0-FF, U+131, U+4??"): a
 * wildcard `?` stands for any hex digit, so it counts from 0 and up to F.
 */
export function parseUnicodeRange(text: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const match of text.matchAll(/U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/gi)) {
    const start = match[1] ?? '';
    const end = match[2];
    const from = parseInt(start.replace(/\?/g, '0'), 16);
    const to = end === undefined ? parseInt(start.replace(/\?/g, 'f'), 16) : parseInt(end, 16);
    ranges.push([from, to]);
  }
  return ranges;
}

/** Whether any character of `text` falls in one of `ranges`: the browser would fetch that font file for it. */
export function coversAnyOf(ranges: readonly CodePointRange[], text: string): boolean {
  for (const character of new Set(text)) {
    const point = character.codePointAt(0) ?? 0;
    if (ranges.some(([from, to]) => point >= from && point <= to)) return true;
  }
  return false;
}
