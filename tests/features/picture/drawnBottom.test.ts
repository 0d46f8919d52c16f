import { describe, expect, it } from 'vitest';
import { drawnRows, type PixelBand } from '../../../src/features/picture/drawnBottom';

const white = [255, 255, 255, 255];
const ink = [203, 213, 225, 255];

/** A band of `height` rows of `width` pixels, page-coloured except the pixels `inked` names as [x, y]. */
function band(width: number, height: number, inked: readonly (readonly [number, number])[], page = white): PixelBand {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let at = 0; at < data.length; at += 4) data.set(page, at);
  for (const [x, y] of inked) data.set(ink, (y * width + x) * 4);
  return { data, width, height };
}

describe('drawnRows', () => {
  it('ends one past the lowest row with anything drawn on it', () => {
    expect(drawnRows(band(4, 10, [[0, 2], [3, 6]]), white)).toBe(7);
  });

  it('counts a row where a single pixel differs from the page, such as a rule’s end', () => {
    expect(drawnRows(band(5, 8, [[4, 7]]), white)).toBe(8);
  });

  it('is 0 for a band of nothing but page, and ignores the rounding of the page’s own colour', () => {
    expect(drawnRows(band(3, 5, []), white)).toBe(0);
    expect(drawnRows(band(3, 5, [], [254, 253, 255, 255]), white)).toBe(0);
  });

  it('reads a dark page as the page', () => {
    const dark = [17, 24, 39, 255];
    expect(drawnRows(band(3, 6, [[1, 1]], dark), dark)).toBe(2);
  });
});
