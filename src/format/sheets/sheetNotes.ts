/** "A", "B", … "Z", "AA": how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Counts texts met in many cells, each once, with every place it was met. */
export class TextTally {
  private readonly places = new Map<string, string[]>();

  add(text: string, address: string): void {
    this.places.set(text, [...(this.places.get(text) ?? []), address]);
  }

  get size(): number {
    return this.places.size;
  }

  entries(): [string, string[]][] {
    return [...this.places];
  }
}

export const address = (column: number, row: number) => `${columnLetter(column)}${row}`;

const cells = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'cell' : 'cells'}`;

/** "B9 “CCoE and cloud governance”: not a role" or "“TBD” in 12 cells (C4, D7, …): not a role", never cut. */
export function leftOutNotes(tally: TextTally): string[] {
  return tally.entries().map(([text, places]) =>
    places.length === 1 ? `${places[0]} “${text}”: not a role; left out.` : `“${text}” in ${cells(places.length)} (${places.join(', ')}): not a role; left out.`,
  );
}

/** "“-” in 4,016 cells: read as no role." */
export function emptyMarkNotes(tally: TextTally): string[] {
  return tally.entries().map(([text, places]) => `“${text}” in ${cells(places.length)}: read as no role.`);
}
