import type { ActivityStatus } from '../../domain/model';

/**
 * The keys that say where the room stands on the current row. Digits, because every letter that would
 * fit (A for agreed, D for disputed) is a role's letter in some scheme, which the matrix already types.
 */
export const statusKeys: readonly { readonly status: ActivityStatus; readonly key: string }[] = [
  { status: 'agreed', key: '1' },
  { status: 'disputed', key: '2' },
  { status: 'parked', key: '3' },
  { status: 'open', key: '0' },
];

/** Every presenter key, for the bar's hints and the shortcuts dialog. */
export const presenterKeys: readonly (readonly [string, string])[] = [
  ['Page Down, → or Next on a clicker', 'next step'],
  ['Page Up, ← or Back on a clicker', 'previous step'],
  ['Home, End', 'first or last step'],
  ['↓, ↑', 'next or previous row of the step'],
  ['1, 2, 3, 0', 'mark the row agreed, disputed, parked, or open again'],
  ['Enter, Escape', 'after 2 or 3, which ask why the row waits: keep the reason, or go on without one'],
  ['N', 'write the row’s decision; Enter keeps it'],
  ['T', 'pause or resume the time box'],
  ['Escape', 'leave presenter mode'],
];
