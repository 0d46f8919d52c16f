import { create } from 'zustand';
import type { KeyValueStorage } from './autosave';

/** Which activity groups are folded on the board, per workshop: a view of this browser, never in the file. */
const FOLDED_KEY = 'raci-workshop/folded-groups';

type FoldedByWorkshop = Readonly<Record<string, readonly string[]>>;

interface FoldedGroupsState {
  readonly folded: FoldedByWorkshop;
}

export const useFoldedGroupsStore = create<FoldedGroupsState>()(() => ({ folded: {} }));

let storage: KeyValueStorage | undefined;

function readFolded(from: KeyValueStorage): FoldedByWorkshop {
  try {
    const raw: unknown = JSON.parse(from.getItem(FOLDED_KEY) ?? '{}');
    const entries = typeof raw === 'object' && raw !== null ? Object.entries(raw) : [];
    return Object.fromEntries(entries.filter(([, groups]) => Array.isArray(groups) && groups.every((g) => typeof g === 'string')));
  } catch {
    // A preference that cannot be read is only a preference: start with every group open.
    return {};
  }
}

export function connectFoldedGroups(to: KeyValueStorage): void {
  storage = to;
  useFoldedGroupsStore.setState({ folded: readFolded(to) });
}

const noGroups: readonly string[] = [];

export function foldedGroupsOf(state: FoldedGroupsState, workshopId: string | undefined): readonly string[] {
  return (workshopId !== undefined && state.folded[workshopId]) || noGroups;
}

export function setGroupFolded(workshopId: string | undefined, group: string, folded: boolean): void {
  if (workshopId === undefined) return;
  const current = foldedGroupsOf(useFoldedGroupsStore.getState(), workshopId);
  if (current.includes(group) === folded) return;
  const next = folded ? [...current, group] : current.filter((g) => g !== group);
  const all = { ...useFoldedGroupsStore.getState().folded, [workshopId]: next };
  useFoldedGroupsStore.setState({ folded: all });
  try {
    storage?.setItem(FOLDED_KEY, JSON.stringify(all));
  } catch {
    // Storage full or gone: the fold still holds for this visit, and the workshop itself is unaffected.
  }
}
