import type * as Codec from './historySnapshot';

/** Where this tab keeps its undo history (sessionStorage), so a reload can still undo. */
export const HISTORY_KEY = 'raci-workshop/history';

let loaded: typeof Codec | undefined;
let loading: Promise<typeof Codec> | undefined;

/**
 * The history codec loads just after the first paint rather than with it: the board needs the workshop
 * at once, its undo history only when the room first undoes. Loading starts at most once.
 */
export function loadHistoryCodec(): Promise<typeof Codec> {
  loading ??= import('./historySnapshot').then((codec) => (loaded = codec));
  return loading;
}

/** The codec when it has loaded, else undefined (the tab was hidden in its first moments). */
export const loadedHistoryCodec = (): typeof Codec | undefined => loaded;
