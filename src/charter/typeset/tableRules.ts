/** The charter's table rules, shared by the plan that decides what fits and the tables that draw it. */

/** Between a cell's rule and its text, in millimetres, on every side. */
export const CELL_PADDING = 1.8;

/** Between two role letters in one cell, in millimetres. */
export const BADGE_GAP = 1;
