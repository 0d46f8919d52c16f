/**
 * Which characters a TrueType font can draw, read from its `cmap` table. jsPDF draws a missing glyph as an
 * empty box without a word, so the app asks first and lists what would be lost.
 */
export type CodePointRanges = readonly (readonly [number, number])[];

function table(view: DataView, tag: string): number | undefined {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    if (name === tag) return view.getUint32(record + 8);
  }
  return undefined;
}

function format12(view: DataView, at: number): CodePointRanges {
  const groups = view.getUint32(at + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i += 1) {
    const group = at + 16 + i * 12;
    if (view.getUint32(group + 8) !== 0 || view.getUint32(group) !== 0) ranges.push([view.getUint32(group), view.getUint32(group + 4)]);
  }
  return ranges;
}

function format4(view: DataView, at: number): CodePointRanges {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s += 1) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const offset = view.getUint16(offsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      const glyph = offset === 0 ? (c + delta) & 0xffff : view.getUint16(offsets + s * 2 + offset + (c - start) * 2);
      if (glyph === 0) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
  }
  return ranges;
}

export function fontCoverage(font: Uint8Array): CodePointRanges {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = table(view, 'cmap');
  if (cmap === undefined) return [];
  const subtables = view.getUint16(cmap + 2);
  let best: { at: number; format: number } | undefined;
  for (let i = 0; i < subtables; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const at = cmap + view.getUint32(record + 4);
    const format = view.getUint16(at);
    // Windows Unicode tables: full repertoire (format 12) preferred over the basic plane (format 4).
    if (platform === 3 && encoding === 10 && format === 12) best = { at, format };
    else if (platform === 3 && encoding === 1 && format === 4 && best?.format !== 12) best = { at, format };
  }
  if (!best) return [];
  return best.format === 12 ? format12(view, best.at) : format4(view, best.at);
}

function covered(ranges: CodePointRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = ranges[mid] ?? [0, -1];
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
}

/** The distinct characters of `texts` that none of the fonts can draw, in order of first appearance. */
export function missingCharacters(texts: readonly string[], fonts: readonly CodePointRanges[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      // Line breaks and tabs are layout, not glyphs.
      if (codePoint < 0x20) continue;
      if (!fonts.every((ranges) => covered(ranges, codePoint))) missing.add(char);
    }
  }
  return [...missing];
}
