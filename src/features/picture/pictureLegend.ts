const SEPARATOR = ' · ';

/**
 * The legend's entries ("PR = Public Relations") in lines no wider than `width`, as `measure` measures text;
 * an entry is never split between lines, so a reader finds each label whole.
 */
export function legendLines(entries: readonly string[], width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const entry of entries) {
    const longer = line === '' ? entry : `${line}${SEPARATOR}${entry}`;
    if (line !== '' && measure(longer) > width) {
      lines.push(line);
      line = entry;
    } else {
      line = longer;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
