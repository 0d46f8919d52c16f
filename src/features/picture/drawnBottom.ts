/** The pixels of a band of a canvas, as `getImageData` gives them: RGBA, row after row. */
export interface PixelBand {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

// Anti-aliased edges and the canvas's colour rounding differ from the page by a step or two.
const TOLERANCE = 3;

/**
 * How many rows of the band hold the drawing: one past the lowest row with a pixel that is not the page's
 * colour (`page`, as RGBA). A band of nothing but page gives 0.
 */
export function drawnRows({ data, width, height }: PixelBand, page: readonly number[]): number {
  const isPage = (at: number) => page.every((value, channel) => Math.abs((data[at + channel] ?? 0) - value) <= TOLERANCE);
  for (let row = height - 1; row >= 0; row--) {
    for (let x = 0; x < width; x++) {
      if (!isPage((row * width + x) * 4)) return row + 1;
    }
  }
  return 0;
}
