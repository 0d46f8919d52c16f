import { conceptOfWord, type RoleConcept } from './roleWords';

/** A sheet's own key to its marks: "R = Responsible", "S: May be consulted", "Informed (I)". */
export type SheetLegend = ReadonlyMap<string, RoleConcept | 'none'>;

export interface LegendEntry {
  readonly mark: string;
  readonly meaning: RoleConcept | 'none';
}

const CODE = String.raw`[\p{L}✓✔x•●*+-]{1,3}`;
const CODE_FIRST = new RegExp(String.raw`^\s*(${CODE})\s*(?:=|:|–|—|-|\s-\s)\s*(.+?)\s*$`, 'u');
const MEANING_FIRST = new RegExp(String.raw`^\s*(.+?)\s*[([]\s*(${CODE})\s*[)\]]\s*$`, 'u');
// Longest first, so "Legende" is not read as "Legend" followed by an "e".
const LEGEND_WORD = /^(légende des rôles|legende des roles|légende|legende|legend|schlüssel|schlussel|leyenda|legenda|sleutel|key)(?![\p{L}])\s*:?\s*/iu;

/** A cell that only announces the legend ("Legend", "Legende:"). */
export function isLegendTitle(cell: string): boolean {
  return LEGEND_WORD.test(cell) && cell.replace(LEGEND_WORD, '').trim() === '';
}

/** One entry "R = Responsible" (or "Responsible (R)"), when its meaning is a role word or "no role". */
function entryOf(text: string): LegendEntry | undefined {
  const codeFirst = CODE_FIRST.exec(text);
  const meaningFirst = MEANING_FIRST.exec(text);
  const [mark, meaning] = codeFirst ? [codeFirst[1], codeFirst[2]] : meaningFirst ? [meaningFirst[2], meaningFirst[1]] : [undefined, undefined];
  if (!mark || !meaning) return undefined;
  // "May be consulted on changes" still means Consulted: the first words that name a role decide.
  const words = meaning.split(/\s+/u);
  for (let length = Math.min(4, words.length); length >= 1; length -= 1) {
    const concept = conceptOfWord(words.slice(0, length).join(' '));
    if (concept) return { mark: mark.toUpperCase(), meaning: concept };
  }
  return undefined;
}

/**
 * The legend entries one cell holds: a cell may carry one entry ("R = Responsible") or several
 * ("Legend: R = Responsible, A = Accountable; C = Consulted").
 */
export function legendEntriesOf(cell: string): LegendEntry[] {
  const text = cell.replace(LEGEND_WORD, '');
  const whole = entryOf(text);
  const parts = text.split(/[,;|\n]+|\s{2,}/u).map((part) => part.trim()).filter(Boolean);
  if (parts.length > 1) {
    const entries = parts.map(entryOf);
    if (entries.every((entry) => entry !== undefined)) return entries as LegendEntry[];
  }
  return whole ? [whole] : [];
}

/** A legend written as cells side by side: "R" | "Responsible" (| "Does the work"). */
export function pairedLegendEntry(mark: string, meaning: string): LegendEntry | undefined {
  if (!new RegExp(`^${CODE}$`, 'u').test(mark.trim())) return undefined;
  const concept = conceptOfWord(meaning);
  return concept ? { mark: mark.trim().toUpperCase(), meaning: concept } : undefined;
}
