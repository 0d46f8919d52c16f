import type { RaciDocument } from '../domain/model';
import type { FileError } from '../format/fileErrors';
import { parseWorkshopFile, type IgnoredField } from '../format/parseWorkshopFile';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { KeyValueStorage } from './autosave';
import type { KeptAsideWorkshop } from './sessionStore';

/** Each workshop of the library is one `.raci.json` text under its own key, so one bad slot spoils no other. */
export const WORKSHOP_KEY_PREFIX = 'raci-workshop/workshops/';
/** The workshop open last, in any tab: where a new tab starts. */
export const ACTIVE_WORKSHOP_KEY = 'raci-workshop/active';
/** The workshop this tab has open (sessionStorage), so a reload stays on it even when another tab switched. */
export const TAB_WORKSHOP_KEY = 'raci-workshop/tab-workshop';
/** Before the library there was one workshop, here; it is imported once and the key removed. */
export const LEGACY_AUTOSAVE_KEY = 'raci-workshop/autosave';
export const KEPT_ASIDE_PREFIX = 'raci-workshop/kept-aside/';

export interface WorkshopSummary {
  readonly id: string;
  readonly title: string;
  /** When it was last saved (ISO time); undefined when the slot does not say. */
  readonly changedAt: string | undefined;
}

export type SlotRead =
  | { readonly kind: 'ok'; readonly document: RaciDocument; readonly warnings: readonly string[]; readonly ignored: readonly IgnoredField[] }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly kept: KeptAsideWorkshop };

export function workshopKey(id: string): string {
  return `${WORKSHOP_KEY_PREFIX}${id}`;
}

// Two workshops made within one millisecond share a change time, and the list breaks that tie by id (newest
// first), so the ids one tab makes must keep rising even when the clock does not.
let lastIdTime = 0;

export function newWorkshopId(now: Date): string {
  lastIdTime = Math.max(now.getTime(), lastIdTime + 1);
  return `${lastIdTime.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Title and time without full validation: listing twenty workshops must not validate twenty matrices. */
function peekSummary(id: string, text: string): WorkshopSummary | undefined {
  try {
    const raw: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { document, savedAt } = raw as { document?: { title?: unknown }; savedAt?: unknown };
    if (typeof document?.title !== 'string') return undefined;
    return { id, title: document.title, changedAt: typeof savedAt === 'string' && savedAt !== '' ? savedAt : undefined };
  } catch {
    return undefined;
  }
}

/**
 * Newest change first. Ties (two writes in the same millisecond) go to the newer workshop: ids start with
 * their creation time. A slot that is not even JSON is left out (opening it would only keep it aside).
 */
export function sortWorkshops(workshops: readonly WorkshopSummary[]): WorkshopSummary[] {
  return [...workshops].sort((a, b) => (b.changedAt ?? '').localeCompare(a.changedAt ?? '') || b.id.localeCompare(a.id));
}

/** Every key under `prefix` with its text; collected first, since callers may then write to the storage. */
function entriesUnder(storage: KeyValueStorage, prefix: string): [key: string, text: string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    const text = key !== null && key.startsWith(prefix) ? storage.getItem(key) : null;
    if (key !== null && text !== null) entries.push([key, text]);
  }
  return entries;
}

export function listWorkshops(storage: KeyValueStorage): WorkshopSummary[] {
  const found = entriesUnder(storage, WORKSHOP_KEY_PREFIX).map(([key, text]) => peekSummary(key.slice(WORKSHOP_KEY_PREFIX.length), text));
  return sortWorkshops(found.filter((summary) => summary !== undefined));
}

/**
 * Copies an unreadable text to a kept-aside key and only then removes it from `key`, so nothing the app
 * cannot read is ever overwritten or lost. When storage refuses the copy, the text stays where it was.
 */
export function keepAside(storage: KeyValueStorage, key: string, text: string, reason: string, now: Date): KeptAsideWorkshop {
  let keptKey = `${KEPT_ASIDE_PREFIX}${now.toISOString()}`;
  for (let n = 2; storage.getItem(keptKey) !== null; n += 1) keptKey = `${KEPT_ASIDE_PREFIX}${now.toISOString()}-${n}`;
  try {
    storage.setItem(keptKey, text);
  } catch {
    return { key, text, reason };
  }
  storage.removeItem(key);
  return { key: keptKey, text, reason };
}

// The sentence alone: the notice that shows a kept workshop says its faults in a person's words itself.
const explain = (error: FileError) => error.message;

function readSlot(storage: KeyValueStorage, key: string, now: Date): SlotRead {
  const text = storage.getItem(key);
  if (text === null) return { kind: 'missing' };
  const parsed = parseWorkshopFile(text);
  if (parsed.ok) return { kind: 'ok', document: parsed.document, warnings: parsed.warnings, ignored: parsed.ignored };
  return { kind: 'unreadable', kept: keepAside(storage, key, text, explain(parsed.error), now) };
}

export function readWorkshop(storage: KeyValueStorage, id: string, now: Date = new Date()): SlotRead {
  return readSlot(storage, workshopKey(id), now);
}

export interface SlotStamp {
  readonly savedAt: string;
  readonly appVersion: string;
}

/** Throws what the storage throws (full, refused): the caller decides how to tell the user. */
export function writeWorkshop(storage: KeyValueStorage, id: string, doc: RaciDocument, stamp: SlotStamp): void {
  storage.setItem(workshopKey(id), serializeWorkshop(doc, stamp));
}

export interface LegacyImport {
  readonly imported: { readonly id: string; readonly warnings: readonly string[] } | undefined;
  readonly kept: KeptAsideWorkshop | undefined;
}

/** Moves the single workshop of earlier versions into the library; an unreadable one is kept aside. */
export function importLegacyAutosave(storage: KeyValueStorage, now: Date = new Date()): LegacyImport {
  const text = storage.getItem(LEGACY_AUTOSAVE_KEY);
  if (text === null) return { imported: undefined, kept: undefined };
  const read = readSlot(storage, LEGACY_AUTOSAVE_KEY, now);
  if (read.kind === 'unreadable') return { imported: undefined, kept: read.kept };
  if (read.kind === 'missing') return { imported: undefined, kept: undefined };
  const id = newWorkshopId(now);
  try {
    storage.setItem(workshopKey(id), text);
  } catch {
    // No room to move it: it stays where it is, offered for download like any workshop the app cannot use.
    return { imported: undefined, kept: { key: LEGACY_AUTOSAVE_KEY, text, reason: 'There was no room to move it into the list of workshops.' } };
  }
  storage.removeItem(LEGACY_AUTOSAVE_KEY);
  return { imported: { id, warnings: read.warnings }, kept: undefined };
}

/** Every workshop kept aside (now or at an earlier start), so the notice stays until the user deals with it. */
export function listKeptAside(storage: KeyValueStorage): KeptAsideWorkshop[] {
  return entriesUnder(storage, KEPT_ASIDE_PREFIX).map(([key, text]) => {
    const parsed = parseWorkshopFile(text);
    const reason = parsed.ok ? 'It was kept aside at an earlier start.' : explain(parsed.error);
    return { key, text, reason };
  });
}
