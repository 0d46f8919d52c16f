/** Returns a copy of `items` with the item at `from` moved to `to`, or `items` itself when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || from >= items.length || to < 0 || to >= items.length) return items;
  const copy = items.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** Replaces the first item matching `predicate` with `update(item)`; returns `items` itself when nothing changes. */
export function updateWhere<T>(
  items: readonly T[],
  predicate: (item: T) => boolean,
  update: (item: T) => T,
): readonly T[] {
  const index = items.findIndex(predicate);
  if (index === -1) return items;
  const current = items[index] as T;
  const next = update(current);
  if (next === current) return items;
  const copy = items.slice();
  copy[index] = next;
  return copy;
}
