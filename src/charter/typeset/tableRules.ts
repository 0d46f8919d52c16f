/** The charter's table rules, shared by the plan that decides what fits and the tables that draw it. */

/** Between a cell's rule and its text, in millimetres, on every side. */
export const CELL_PADDING = 1.8;

/** Between two role letters in one cell, in millimetres. */
export const BADGE_GAP = 1;

/**
 * A table that breaks across pages keeps at least this many rows on each side of the break, where the page
 * has room: one row alone at a page's foot or head reads as a stray (the sign-off asks for more).
 */
export const MIN_ROWS_AT_BREAK = 2;
