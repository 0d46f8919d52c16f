/** How a spreadsheet's header row is read: which column holds what. */

export type SheetLayout = 'own-export' | 'activities-down';

export interface SheetDepartmentColumn {
  readonly name: string;
  /** More than one when two columns carry the same name; their letters are read together. */
  readonly columns: readonly number[];
}

export interface SheetColumns {
  readonly layout: SheetLayout;
  readonly activity: number;
  readonly group?: number;
  readonly channel?: number;
  readonly description?: number;
  readonly notes?: number;
  readonly departments: readonly SheetDepartmentColumn[];
  /** Columns read as nothing, with why, for the preview. */
  readonly skipped: readonly string[];
}

/** The header words spreadsheet RACI templates use, in English; anything else names a department. */
const headerWords = {
  activity: ['activity', 'activities', 'task', 'tasks', 'deliverable', 'deliverables', 'process', 'step', 'item', 'social media activity', 'what'],
  group: ['group', 'category', 'area', 'phase', 'stage', 'section', 'workstream', 'topic'],
  channel: ['social property', 'channel', 'platform', 'property', 'network', 'account'],
  description: ['description', 'details'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  // Numbering columns carry nothing the matrix keeps.
  numbering: ['#', 'id', 'no', 'no.', 'nr', 'nr.', 'number', 'ref', 'ref.'],
} as const;

type HeaderKind = keyof typeof headerWords;

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function headerKind(text: string): HeaderKind | undefined {
  const word = normalise(text);
  return (Object.keys(headerWords) as HeaderKind[]).find((kind) => (headerWords[kind] as readonly string[]).includes(word));
}

/** "A", "B", … "Z", "AA": how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const OWN_EXPORT_START = ['group', 'activity', 'social property'];

/**
 * Reads the header row. The app's own export starts Group, Activity, Social property; any other sheet is
 * read as activities down and departments across: the activity column is the one headed like one, or
 * else the first column that is neither a group, a channel, notes nor a number.
 */
export function readSheetHeader(header: readonly string[]): SheetColumns {
  const own = OWN_EXPORT_START.every((word, index) => normalise(header[index] ?? '') === word);
  // In the own export everything after the first three columns is a department, whatever it is called.
  const kinds = header.map((text, index) => (own && index >= OWN_EXPORT_START.length ? undefined : headerKind(text)));
  const firstOf = (kind: HeaderKind) => {
    const index = kinds.indexOf(kind);
    return index === -1 ? undefined : index;
  };
  const activity = own ? 1 : (firstOf('activity') ?? Math.max(0, kinds.findIndex((kind) => kind === undefined)));
  const taken = new Set<number>([activity]);
  const claim = (kind: HeaderKind) => {
    const index = firstOf(kind);
    if (index !== undefined && index !== activity) taken.add(index);
    return index === activity ? undefined : index;
  };
  const columns = { group: claim('group'), channel: claim('channel'), description: claim('description'), notes: claim('notes') };
  const departments = new Map<string, { name: string; columns: number[] }>();
  const skipped: string[] = [];
  header.forEach((text, index) => {
    if (taken.has(index)) return;
    const name = text.trim().replace(/\s+/g, ' ');
    const where = `Column ${columnLetter(index)}`;
    if (kinds[index] === 'numbering') skipped.push(`${where} (“${name}”) numbers the rows; not kept.`);
    else if (kinds[index] !== undefined) skipped.push(`${where} (“${name}”) repeats an earlier ${kinds[index]} column; left out.`);
    else if (index < activity) skipped.push(`${where} (“${name}”) stands before the activity column; left out.`);
    else if (name === '') skipped.push(`${where} has no department name in the header row; left out.`);
    else {
      const key = normalise(name);
      const existing = departments.get(key);
      if (existing) {
        existing.columns.push(index);
        skipped.push(`${where} names “${name}” a second time; its letters were added to the first “${existing.name}” column.`);
      } else departments.set(key, { name, columns: [index] });
    }
  });
  const present = Object.fromEntries(Object.entries(columns).filter(([, index]) => index !== undefined));
  return { layout: own ? 'own-export' : 'activities-down', activity, ...present, departments: [...departments.values()], skipped };
}
