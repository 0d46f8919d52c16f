/** Marks the element Export PNG pictures: the board's table or the matrix view's, whichever is showing. */
export const PICTURE_TARGET = { 'data-picture-target': '' } as const;
export const PICTURE_TARGET_SELECTOR = '[data-picture-target]';

/**
 * Set on the target while it is pictured. The views' stylesheets key on `[data-picturing]` to leave out
 * what is there for editing (Find, empty status squares, hover and focus marks), as paper does.
 */
export const PICTURING_ATTRIBUTE = 'data-picturing';
