import { useEffect, useState } from 'react';
import { usePrinting } from '../../ui/usePrinting';
import { WINDOW_FROM_ROWS } from '../../ui/useRowWindow';

/** Cards rendered with the first frame: more than a projector shows at once. */
const FIRST_CARDS = 6;
/** Cards added per frame after it: each frame's work stays short (a card of a long matrix lists 40 rows). */
const CARDS_PER_FRAME = 2;

/**
 * How many of `total` cards to render. For a long matrix (as long as the board renders in part), the
 * first few come at once and the rest a few per frame, so a 200 x 30 matrix opens without one long task
 * that would hold the projector's picture and the keyboard. A workshop's 20 to 40 rows, and paper, get
 * every card at once.
 */
export function useCardsShown(total: number, activities: number): number {
  const printing = usePrinting();
  const [shown, setShown] = useState(() => (activities < WINDOW_FROM_ROWS ? total : Math.min(total, FIRST_CARDS)));
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + CARDS_PER_FRAME)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return printing ? total : Math.min(shown, total);
}
