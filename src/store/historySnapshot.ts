import type { Activity, Assignment, Department, RaciDocument, RoleSchemeId, WorkshopInfo } from '../domain/model';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT } from '../format/fileSchema';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { History } from './history';

/**
 * The undo history, kept per tab (sessionStorage) so that a reload can still undo. Edits share unchanged
 * parts between snapshots, so each distinct part is written once and snapshots refer to it by index.
 */
export const HISTORY_KEY = 'raci-workshop/history';
const ENCODING_VERSION = 1;

interface Header {
  readonly title: string;
  readonly roleScheme: RoleSchemeId;
  readonly workshop: WorkshopInfo;
}

interface EncodedHistory {
  readonly v: number;
  readonly headers: readonly Header[];
  readonly departments: readonly (readonly Department[])[];
  readonly activities: readonly (readonly Activity[])[];
  readonly assignments: readonly (readonly Assignment[])[];
  /** Per snapshot: indexes into headers, departments, activities, assignments. */
  readonly snapshots: readonly (readonly [number, number, number, number])[];
  readonly presentIndex: number;
}

function pool<T extends object>() {
  const items: T[] = [];
  const index = new Map<T, number>();
  return {
    items,
    add(item: T): number {
      const known = index.get(item);
      if (known !== undefined) return known;
      items.push(item);
      index.set(item, items.length - 1);
      return items.length - 1;
    },
  };
}

export function encodeHistory(history: History<RaciDocument>): string {
  const departments = pool<readonly Department[]>();
  const activities = pool<readonly Activity[]>();
  const assignments = pool<readonly Assignment[]>();
  const all = [...history.past, history.present, ...history.future];
  // Header identity is per document, so equal headers are compared by value to share them.
  const headerKeys = new Map<string, number>();
  const headerList: Header[] = [];
  const snapshots = all.map((doc): [number, number, number, number] => {
    const header: Header = { title: doc.title, roleScheme: doc.roleScheme, workshop: doc.workshop };
    const key = JSON.stringify(header);
    let h = headerKeys.get(key);
    if (h === undefined) {
      headerList.push(header);
      h = headerList.length - 1;
      headerKeys.set(key, h);
    }
    return [h, departments.add(doc.departments), activities.add(doc.activities), assignments.add(doc.assignments)];
  });
  const encoded: EncodedHistory = {
    v: ENCODING_VERSION,
    headers: headerList,
    departments: departments.items,
    activities: activities.items,
    assignments: assignments.items,
    snapshots,
    presentIndex: history.past.length,
  };
  return JSON.stringify(encoded);
}

const fingerprint = (doc: RaciDocument) => serializeWorkshop(doc, { savedAt: '', appVersion: '' });

/**
 * Rebuilds a saved history, or undefined when it is unusable: unreadable, from another encoding, a snapshot
 * the file codec would not accept as is, or a present that is not the workshop actually restored (another
 * tab saved since). History is a convenience; the restored workshop itself never depends on it.
 */
export function decodeHistory(text: string, present: RaciDocument): History<RaciDocument> | undefined {
  try {
    const encoded = JSON.parse(text) as EncodedHistory;
    if (encoded.v !== ENCODING_VERSION || !Array.isArray(encoded.snapshots)) return undefined;
    const checked = new Map<string, RaciDocument>();
    const docs: RaciDocument[] = [];
    for (const [h, d, a, s] of encoded.snapshots) {
      const header = encoded.headers[h];
      const candidate = {
        ...header,
        departments: encoded.departments[d],
        activities: encoded.activities[a],
        assignments: encoded.assignments[s],
      };
      const key = JSON.stringify([h, d, a, s]);
      let doc = checked.get(key);
      if (!doc) {
        const parsed = parseWorkshopFile(JSON.stringify({ format: FILE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, document: candidate }));
        if (!parsed.ok || parsed.warnings.length > 0) return undefined;
        doc = parsed.document;
        checked.set(key, doc);
      }
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
