import type { RaciDocument } from '../domain/model';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT } from '../format/fileSchema';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { History } from './history';

/**
 * The undo history, kept per tab (sessionStorage) so that a reload can still undo. Every step goes through
 * the file codec, so whatever a file carries the history carries too, with no list of fields here to fall
 * behind. Steps store changes, not copies: each distinct field value and each distinct list item is written
 * once, a step names its fields' values by index, and a list by runs of consecutive items. An edit leaves
 * a list in the order it had, so a drop or a removal costs a step a run or two, not the whole list again:
 * the 200 steps of a 1,000 x 60 matrix fit the browser's few megabytes.
 */
export const HISTORY_KEY = 'raci-workshop/history';
const ENCODING_VERSION = 3;
/** Histories written before lists were stored by their items: every field a part. Still read. */
const READABLE_VERSIONS: readonly number[] = [2, ENCODING_VERSION];

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
  readonly items?: readonly unknown[];
}

const noStamp = { savedAt: '', appVersion: '' };

/**
 * Serializing every step whole is what makes a long history of a large matrix slow to save. Edits keep
 * unchanged lists by identity, so the codec's JSON of each list's items is worked out once, per field in
 * case two fields ever hold the same list.
 */
type Written = { readonly kind: 'value'; readonly json: string } | { readonly kind: 'list'; readonly items: readonly string[] };
const writtenByField = new Map<string, WeakMap<readonly unknown[], Written>>();

function writtenCache(field: string): WeakMap<readonly unknown[], Written> {
  let cache = writtenByField.get(field);
  if (!cache) writtenByField.set(field, (cache = new WeakMap()));
  return cache;
}

function written(value: unknown): Written {
  return Array.isArray(value) ? { kind: 'list', items: value.map((item) => JSON.stringify(item)) } : { kind: 'value', json: JSON.stringify(value) };
}

/** Each field of the document as the file codec writes it. */
function fieldsWritten(doc: RaciDocument): Map<string, Written> {
  const known = new Map<string, Written>();
  const fresh = new Map<string, readonly unknown[]>();
  for (const [field, value] of Object.entries(doc)) {
    if (!Array.isArray(value)) continue;
    const cached = writtenCache(field).get(value);
    if (cached === undefined) fresh.set(field, value);
    else known.set(field, cached);
  }
  // An empty list stands in for each known one: the codec then has little left to write.
  const probe: RaciDocument = { ...doc, ...Object.fromEntries([...known.keys()].map((field) => [field, []])) };
  const document = (JSON.parse(serializeWorkshop(probe, noStamp)) as { document: Record<string, unknown> }).document;
  const result = new Map<string, Written>();
  for (const [field, value] of Object.entries(document)) {
    if (known.has(field)) continue;
    const entry = written(value);
    const source = fresh.get(field);
    if (source) writtenCache(field).set(source, entry);
    result.set(field, entry);
  }
  for (const [field, entry] of known) result.set(field, entry);
  return result;
}

/** Consecutive indices as pairs of first and count: [4, 5, 6, 9] is [4, 3, 9, 1]. */
function runsOf(indices: readonly number[]): number[] {
  const runs: number[] = [];
  for (const index of indices) {
    const last = runs.length - 2;
    if (last >= 0 && runs[last]! + runs[last + 1]! === index) runs[last + 1]! += 1;
    else runs.push(index, 1);
  }
  return runs;
}

function pool(): { readonly values: string[]; readonly indexOf: (json: string) => number } {
  const values: string[] = [];
  const index = new Map<string, number>();
  return {
    values,
    indexOf(json) {
      let at = index.get(json);
      if (at === undefined) {
        at = values.push(json) - 1;
        index.set(json, at);
      }
      return at;
    },
  };
}

export function encodeHistory(history: History<RaciDocument>): string {
  const parts = pool();
  const items = pool();
  const steps = [...history.past, history.present, ...history.future].map((doc) => {
    const step: Record<string, number | number[]> = {};
    for (const [field, entry] of fieldsWritten(doc)) {
      step[field] = entry.kind === 'value' ? parts.indexOf(entry.json) : runsOf(entry.items.map(items.indexOf));
    }
    return step;
  });
  // Parts and items are JSON already; splicing them in spares parsing them back only to write them again.
  return `{"v":${ENCODING_VERSION},"presentIndex":${history.past.length},"steps":${JSON.stringify(steps)},"parts":[${parts.values.join(',')}],"items":[${items.values.join(',')}]}`;
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
 * lists: steps are restored outward from the present, back and forward in turn, until this many list items are read. A workshop of
 * the template's size gets all 200 steps back; a 1,000 x 60 matrix, its last dozen (the README says how many).
 */
export const RESTORED_ITEMS_BUDGET = 100_000;

/** How many list items a step holds: its runs' counts, or 0 for a step written before runs. */
function itemsIn(step: unknown): number {
  if (typeof step !== 'object' || step === null) return 0;
  let count = 0;
  for (const stored of Object.values(step)) {
    if (Array.isArray(stored)) for (let at = 1; at < stored.length; at += 2) count += typeof stored[at] === 'number' ? stored[at] : 0;
  }
  return count;
}

/**
 * Rebuilds a saved history, or undefined when it is unusable: unreadable, from another encoding, a step
 * the file codec would not accept as is, or a present that is not the workshop actually restored (another
 * tab saved since). History is a convenience; the restored workshop itself never depends on it.
 */
export function decodeHistory(text: string, present: RaciDocument): History<RaciDocument> | undefined {
  try {
    const encoded = JSON.parse(text) as EncodedHistory;
    if (!READABLE_VERSIONS.includes(encoded.v) || !Array.isArray(encoded.steps) || !Array.isArray(encoded.parts)) return undefined;
    const items = encoded.items ?? [];
    if (!Array.isArray(items)) return undefined;
    const index = encoded.presentIndex;
    const read = (at: number) => readStep(encoded.steps[at], encoded.parts, items);
    const saved = typeof index === 'number' ? read(index) : undefined;
    if (!saved || fingerprint(saved) !== fingerprint(present)) return undefined;
    // Outward from the present, a step back and a step forward in turn, while the budget lasts.
    let budget = RESTORED_ITEMS_BUDGET - itemsIn(encoded.steps[index]);
    const past: RaciDocument[] = [];
    const future: RaciDocument[] = [];
    for (let distance = 1; distance <= Math.max(index, encoded.steps.length - 1 - index); distance += 1) {
      for (const at of [index - distance, index + distance]) {
        if (at < 0 || at >= encoded.steps.length) continue;
        budget -= itemsIn(encoded.steps[at]);
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
