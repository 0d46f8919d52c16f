import type { RaciDocument } from '../domain/model';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT } from '../format/fileSchema';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { History } from './history';

/**
 * The undo history, kept per tab (sessionStorage) so that a reload can still undo. Every step goes through
 * the file codec, so whatever a file carries the history carries too, with no list of fields here to fall
 * behind. Edits share unchanged parts between steps, so each distinct field value is written once and
 * steps refer to it by index.
 */
export const HISTORY_KEY = 'raci-workshop/history';
const ENCODING_VERSION = 2;

interface EncodedHistory {
  readonly v: number;
  readonly presentIndex: number;
  /** Per step: each field of the file's `document` object, as an index into parts. */
  readonly steps: readonly unknown[];
  /** Distinct field values, whichever steps and fields hold them. */
  readonly parts: readonly unknown[];
}

const noStamp = { savedAt: '', appVersion: '' };

/**
 * Serializing every step whole is what makes a long history of a large matrix slow to save. Edits keep
 * unchanged lists by identity and the codec writes a list field from that list alone, so each list's JSON
 * is worked out once, per field in case two fields ever hold the same list.
 */
const listJsonByField = new Map<string, WeakMap<readonly unknown[], string>>();

function listJsonOf(field: string): WeakMap<readonly unknown[], string> {
  let cache = listJsonByField.get(field);
  if (!cache) listJsonByField.set(field, (cache = new WeakMap()));
  return cache;
}

/** The JSON of each field of the document as the file codec writes it. */
function fieldJson(doc: RaciDocument): Map<string, string> {
  const known = new Map<string, string>();
  const lists = new Map<string, readonly unknown[]>();
  for (const [field, value] of Object.entries(doc)) {
    if (!Array.isArray(value)) continue;
    const json = listJsonOf(field).get(value);
    if (json === undefined) lists.set(field, value);
    else known.set(field, json);
  }
  // An empty list stands in for each known one: the codec then has little left to write.
  const probe: RaciDocument = { ...doc, ...Object.fromEntries([...known.keys()].map((field) => [field, []])) };
  const written = (JSON.parse(serializeWorkshop(probe, noStamp)) as { document: Record<string, unknown> }).document;
  const result = new Map<string, string>();
  for (const [field, value] of Object.entries(written)) {
    const json = known.get(field) ?? JSON.stringify(value);
    const list = lists.get(field);
    if (list) listJsonOf(field).set(list, json);
    result.set(field, json);
  }
  for (const [field, json] of known) result.set(field, json);
  return result;
}

export function encodeHistory(history: History<RaciDocument>): string {
  const parts: string[] = [];
  const partIndex = new Map<string, number>();
  const steps = [...history.past, history.present, ...history.future].map((doc) => {
    const step: Record<string, number> = {};
    for (const [field, json] of fieldJson(doc)) {
      let index = partIndex.get(json);
      if (index === undefined) {
        index = parts.push(json) - 1;
        partIndex.set(json, index);
      }
      step[field] = index;
    }
    return step;
  });
  // The parts are JSON already; splicing them in spares parsing them back only to write them again.
  return `{"v":${ENCODING_VERSION},"presentIndex":${history.past.length},"steps":${JSON.stringify(steps)},"parts":[${parts.join(',')}]}`;
}

const fingerprint = (doc: RaciDocument) => serializeWorkshop(doc, noStamp);

/** The step's document as the file codec reads it, or undefined when the codec would not take it as is. */
function readStep(step: unknown, parts: readonly unknown[]): RaciDocument | undefined {
  if (typeof step !== 'object' || step === null) return undefined;
  const fields: [string, unknown][] = [];
  for (const [field, index] of Object.entries(step)) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= parts.length) return undefined;
    fields.push([field, parts[index]]);
  }
  // fromEntries defines own properties, so even a field named "__proto__" stays data for the codec to drop.
  const document = Object.fromEntries(fields);
  const parsed = parseWorkshopFile(JSON.stringify({ format: FILE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, document }));
  return parsed.ok && parsed.warnings.length === 0 && parsed.ignored.length === 0 ? parsed.document : undefined;
}

/**
 * Rebuilds a saved history, or undefined when it is unusable: unreadable, from another encoding, a step
 * the file codec would not accept as is, or a present that is not the workshop actually restored (another
 * tab saved since). History is a convenience; the restored workshop itself never depends on it.
 */
export function decodeHistory(text: string, present: RaciDocument): History<RaciDocument> | undefined {
  try {
    const encoded = JSON.parse(text) as EncodedHistory;
    if (encoded.v !== ENCODING_VERSION || !Array.isArray(encoded.steps) || !Array.isArray(encoded.parts)) return undefined;
    const docs: RaciDocument[] = [];
    for (const step of encoded.steps) {
      const doc = readStep(step, encoded.parts);
      if (!doc) return undefined;
      docs.push(doc);
    }
    const index = encoded.presentIndex;
    const saved = docs[index];
    if (!saved || fingerprint(saved) !== fingerprint(present)) return undefined;
    return { past: docs.slice(0, index), present, future: docs.slice(index + 1) };
  } catch {
    return undefined;
  }
}
