import { useSyncExternalStore } from 'react';

/**
 * Where the Checks and Compare panels stand: beside the board on a wide screen, under it below this width.
 * The stylesheets' `@media (max-width: 1100px)` rules are the same line, drawn in CSS.
 */
const PANELS_BESIDE_BOARD = '(min-width: 1101px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(PANELS_BESIDE_BOARD);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

// Without matchMedia (a test's DOM) the wide layout is assumed: the panel beside the board.
const besideNow = () => typeof window.matchMedia !== 'function' || window.matchMedia(PANELS_BESIDE_BOARD).matches;

/** True while the panels stand beside the board, false while they lie under it (a tablet, a zoomed projector). */
export function usePanelsBesideBoard(): boolean {
  return useSyncExternalStore(typeof window.matchMedia === 'function' ? subscribe : () => () => undefined, besideNow, () => true);
}
