/** Twice the screen's pixels: crisp on a slide that a projector or a retina laptop enlarges. */
const PREFERRED_SCALE = 2;
// Chromium refuses a canvas longer than 32,767 px on a side or larger than about 268 million pixels; well
// inside both, a 200-row matrix still fits and the browser does not run out of memory making it.
const MAX_SIDE_PX = 16_384;
const MAX_AREA_PX = 64 * 1024 * 1024;

/** The pixel ratio for a picture of `width` x `height` CSS pixels: 2 where it fits, less for a long matrix. */
export function pictureScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return PREFERRED_SCALE;
  const bySide = MAX_SIDE_PX / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA_PX / (width * height));
  return Math.min(PREFERRED_SCALE, bySide, byArea);
}
