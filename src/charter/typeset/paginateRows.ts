/** A table row as pagination sees it: its height, and whether it must stand on the same page as the next. */
export interface RowBox {
  readonly height: number;
  /** A group heading keeps at least its first row with it. */
  readonly keepWithNext?: boolean;
}

export interface PageRoom {
  /** Height left for rows on the page where the table starts (below its header). */
  readonly first: number;
  /** Height for rows on every page after (below the repeated header). */
  readonly next: number;
}

export interface PaginateOptions {
  /** When the table breaks, at least this many rows stand on each side of every break (the sign-off's three). */
  readonly minRowsPerPage?: number;
}

function sum(rows: readonly RowBox[], indices: readonly number[]): number {
  return indices.reduce((total, i) => total + (rows[i]?.height ?? 0), 0);
}

/**
 * Which rows go on which page: rows are never split (a row taller than a page is the caller's to cut into
 * pieces first), a row that keeps with the next moves with it, and with `minRowsPerPage` no page of the table
 * holds fewer rows than that. The first page may come out empty: the table then starts on a fresh page.
 */
export function paginateRows(rows: readonly RowBox[], room: PageRoom, options: PaginateOptions = {}): number[][] {
  const pages: number[][] = [[]];
  let left = room.first;
  let i = 0;
  while (i < rows.length) {
    // The block: this row and every row it keeps with.
    let end = i;
    while (rows[end]?.keepWithNext && end + 1 < rows.length) end += 1;
    const block = Array.from({ length: end - i + 1 }, (_, k) => i + k);
    const height = sum(rows, block);
    const page = pages[pages.length - 1] ?? [];
    if (height <= left + 1e-6 || (page.length === 0 && left >= room.next)) {
      // Fits, or a block taller than a whole page on a fresh page: place it, breaking within it if it must.
      for (const index of block) {
        const rowHeight = rows[index]?.height ?? 0;
        const current = pages[pages.length - 1] ?? [];
        if (rowHeight > left + 1e-6 && current.length > 0) {
          pages.push([]);
          left = room.next;
        }
        (pages[pages.length - 1] ?? []).push(index);
        left -= rowHeight;
      }
      i = end + 1;
      continue;
    }
    pages.push([]);
    left = room.next;
  }
  const min = options.minRowsPerPage ?? 0;
  if (min > 0) balance(pages, rows, room, min);
  return pages;
}

/** Moves rows forward so that no page of a broken table holds fewer than `min` rows, where room allows. */
function balance(pages: number[][], rows: readonly RowBox[], room: PageRoom, min: number): void {
  const used = pages.filter((page) => page.length > 0);
  if (used.length < 2) return;
  // Too few on the first page: start the table on a fresh page instead.
  const first = pages[0] ?? [];
  if (first.length > 0 && first.length < min) {
    pages.splice(0, pages.length, [], ...paginateRows(rows, { first: room.next, next: room.next }).filter((p) => p.length > 0));
  }
  // Too few on a later page: take rows from the page before, as long as that one keeps enough.
  for (let p = pages.length - 1; p > 0; p -= 1) {
    const page = pages[p] ?? [];
    const before = pages[p - 1] ?? [];
    while (page.length > 0 && page.length < min && before.length > min && sum(rows, page) + (rows[before[before.length - 1] ?? 0]?.height ?? 0) <= room.next) {
      page.unshift(before.pop() ?? 0);
    }
  }
}
