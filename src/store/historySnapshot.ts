import type { RaciDocument } from '../domain/model';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT } from '../format/fileSchema';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { History } from './history';

/**
 * The undo history's encoding for the tab's storage (historyCodec.ts loads it). Every step goes through
 * the file codec, so whatever a file carries the history carries too, with no list of fields here to fall
 * behind. Steps store changes, not copies: each distinct field value and each distinct list item is written
 * once, a step names its fields' values by index, and a list by runs of consecutive items. An edit leaves
 * a list in the order it had, so a drop or a removal costs a step a run or two, not the whole list again:
 * the 200 steps of a 1,000 x 60 matrix fit the browser's few megabytes.
 */
const ENCODING_VERSION = 3;

interface EncodedHistory {
  readonly v: number;
  readonly presentIndex: number;
  /**
   * Per step, each field of the file's `document` object: a number is an index into `parts`; a list of
   * numbers is runs into `items`, in pairs of first item and count.
   */
  readonly steps: readonly unknown[];
  /** Distinct field values that are not lists, whichever steps and fields hold them. */
  readonly parts: readonly unknown[];
  /** Distinct list items, in the order first met. */
  readonly items: readonly unknown[];
}

const noStamp = { savedAt: '', appVersion: '' };

/**
 * Serializing every step whole is what makes a long history of a large matrix slow to save. Edits keep
 * unchanged lists by identity, so the codec's JSON of each list's items is worked out once, per field in
 * case two fields ever hold the same list.
 */
const itemsByField = new Map<string, WeakMap<readonly unknown[], string[]>>();

/** Each field of the document as the file codec writes it: a value's JSON, or a list's items' JSON. */
function fieldsWritten(doc: RaciDocument): Map<string, string | string[]> {
  const result = new Map<string, string | string[]>();
  const fresh = new Map<string, readonly unknown[]>();
  const probe: Record<string, unknown> = { ...doc };
  for (const [field, value] of Object.entries(doc)) {
    if (!Array.isArray(value)) continue;
    if (!itemsByField.has(field)) itemsByField.set(field, new WeakMap());
    const known = itemsByField.get(field)?.get(value);
    // An empty list stands in for each known one: the codec then has little left to write.
    if (!known) fresh.set(field, value);
    else {
      result.set(field, known);
      probe[field] = [];
    }
  }
  const document = (JSON.parse(serializeWorkshop(probe as unknown as RaciDocument, noStamp)) as { document: Record<string, unknown> }).document;
  for (const [field, value] of Object.entries(document)) {
    if (result.has(field)) continue;
    const source = fresh.get(field);
    const items = Array.isArray(value) ? value.map((item) => JSON.stringify(item)) : undefined;
    if (source && items) itemsByField.get(field)?.set(source, items);
    result.set(field, items ?? JSON.stringify(value));
  }
  return result;
}

/** The index of a JSON text among the distinct ones, added when new. */
function indexIn(values: string[], index: Map<string, number>, json: string): number {
  let at = index.get(json);
  if (at === undefined) index.set(json, (at = values.push(json) - 1));
  return at;
}

export function encodeHistory(history: History<RaciDocument>): string {
  const [parts, partIndex, items, itemIndex] = [[] as string[], new Map<string, number>(), [] as string[], new Map<string, number>()];
  const steps = [...history.past, history.present, ...history.future].map((doc) => {
    const step: Record<string, number | number[]> = {};
    for (const [field, entry] of fieldsWritten(doc)) {
      if (typeof entry === 'string') {
        step[field] = indexIn(parts, partIndex, entry);
        continue;
      }
      // Consecutive items as pairs of first and count: items 4, 5, 6 and 9 are [4, 3, 9, 1].
      const runs: number[] = [];
      for (const json of entry) {
        const at = indexIn(items, itemIndex, json);
        const last = runs.length - 2;
        if (last >= 0 && runs[last]! + runs[last + 1]! === at) runs[last + 1]! += 1;
        else runs.push(at, 1);
      }
      step[field] = runs;
    }
    return step;
  });
  // Parts and items are JSON already; splicing them in spares parsing them back only to write them again.
  return `{"v":${ENCODING_VERSION},"presentIndex":${history.past.length},"steps":${JSON.stringify(steps)},"parts":[${parts.join(',')}],"items":[${items.join(',')}]}`;
}

const fingerprint = (doc: RaciDocument) => serializeWorkshop(doc, noStamp);

const isIndexInto = (list: readonly unknown[], index: unknown): index is number =>
  typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < list.length;

/** A list stored as runs of items, or undefined when a run is not pairs of first item and count within them. */
function readRuns(runs: readonly unknown[], items: readonly unknown[]): unknown[] | undefined {
  if (runs.length % 2 !== 0) return undefined;
  const list: unknown[] = [];
  for (let at = 0; at < runs.length; at += 2) {
    const [first, count] = [runs[at], runs[at + 1]];
    if (!isIndexInto(items, first) || typeof count !== 'number' || !Number.isInteger(count) || count < 1 || first + count > items.length) return undefined;
    list.push(...items.slice(first, first + count));
  }
  return list;
}

/** The step's document as the file codec reads it, or undefined when the codec would not take it as is. */
function readStep(step: unknown, parts: readonly unknown[], items: readonly unknown[]): RaciDocument | undefined {
  if (typeof step !== 'object' || step === null) return undefined;
  const fields: [string, unknown][] = [];
  for (const [field, stored] of Object.entries(step)) {
    const value = Array.isArray(stored) ? readRuns(stored, items) : isIndexInto(parts, stored) ? parts[stored] : undefined;
    if (value === undefined) return undefined;
    fields.push([field, value]);
  }
  // fromEntries defines own properties, so even a field named "__proto__" stays data for the codec to drop.
  const document = Object.fromEntries(fields);
  const parsed = parseWorkshopFile(JSON.stringify({ format: FILE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, document }));
  return parsed.ok && parsed.warnings.length === 0 && parsed.ignored.length === 0 ? parsed.document : undefined;
}

/**
 * A reload reads each restored step through the file codec, which takes time in proportion to the step's
 * lists: steps are restored outward from the present, back and forward in turn, until this many list
 * items are read. A workshop of the template's size gets all 200 steps back; a 1,000 x 60 matrix, the
 * nearest dozen (the README says how many).
 */
export const RESTORED_ITEMS_BUDGET = 100_000;

/** How many list items a step holds: the sum of its runs' counts (a bad count fails when the step is read). */
const itemsIn = (step: unknown): number =>
  Object.values(step ?? {}).reduce<number>((sum, stored) => (Array.isArray(stored) ? stored.reduce<number>((n, v, at) => n + (at % 2 ? Number(v) || 0 : 0), sum) : sum), 0);

/**
 * Rebuilds a saved history, or undefined when it is unusable: unreadable, from another encoding, a step
 * the file codec would not accept as is, or a present that is not the workshop actually restored (another
 * tab saved since). History is a convenience; the restored workshop itself never depends on it.
 */
export function decodeHistory(text: string, present: RaciDocument): History<RaciDocument> | undefined {
  try {
    const encoded = JSON.parse(text) as EncodedHistory;
    const { steps, parts, items } = encoded;
    if (encoded.v !== ENCODING_VERSION || !Array.isArray(steps) || !Array.isArray(parts) || !Array.isArray(items)) return undefined;
    const index = encoded.presentIndex;
    const read = (at: number) => readStep(steps[at], parts, items);
    const saved = typeof index === 'number' ? read(index) : undefined;
    if (!saved || fingerprint(saved) !== fingerprint(present)) return undefined;
    // Outward from the present, a step back and a step forward in turn, while the budget lasts.
    let budget = RESTORED_ITEMS_BUDGET - itemsIn(steps[index]);
    const past: RaciDocument[] = [];
    const future: RaciDocument[] = [];
    for (let distance = 1; distance <= Math.max(index, steps.length - 1 - index); distance += 1) {
      for (const at of [index - distance, index + distance]) {
        if (at < 0 || at >= steps.length) continue;
        budget -= itemsIn(steps[at]);
        if (budget < 0) return { past, present, future };
        const doc = read(at);
        if (!doc) return undefined;
        if (at < index) past.unshift(doc);
        else future.push(doc);
      }
    }
    return { past, present, future };
  } catch {
    return undefined;
  }
}
