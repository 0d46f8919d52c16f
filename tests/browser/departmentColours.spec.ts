import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFromMore, openExample, palette, paletteChip } from './boardPage';
import { contrastRatio, type Rgb } from '../../src/domain/colourContrast';

/** A computed colour, `rgb(r, g, b)`, as channels. */
async function colourOf(locator: Locator, property: 'backgroundColor' | 'color'): Promise<Rgb> {
  const value = await locator.evaluate((element, name) => getComputedStyle(element)[name], property);
  const [r = 0, g = 0, b = 0] = value.match(/[\d.]+/g)?.map(Number) ?? [];
  return [r, g, b];
}

const SLATE: Rgb = [0x33, 0x41, 0x55];

test('the slate Legal chip is lifted off the dark page with dark names on it, and printed in its own colour', async ({ page }) => {
  await openExample(page);
  const chip = paletteChip(page, 'Legal').locator('.chip-face');
  expect(await colourOf(chip, 'backgroundColor'), 'the file’s own colour in the light theme').toEqual(SLATE);

  await chooseFromMore(page, 'Theme: Dark');
  await expect.poll(() => colourOf(chip, 'backgroundColor')).not.toEqual(SLATE);
  const shown = await colourOf(chip, 'backgroundColor');
  expect(contrastRatio(shown, await colourOf(chip, 'color')), 'the name on the chip').toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(shown, await colourOf(palette(page), 'backgroundColor')), 'the chip on the palette').toBeGreaterThanOrEqual(3);

  // Paper is white whatever the theme: a placed chip prints in the file's colour with white names.
  const placed = page.locator('.placed-chip .chip-face').filter({ hasText: 'Legal' }).first();
  await page.emulateMedia({ media: 'print' });
  expect(await colourOf(placed, 'backgroundColor')).toEqual(SLATE);
  expect(await colourOf(placed, 'color')).toEqual([255, 255, 255]);
});
