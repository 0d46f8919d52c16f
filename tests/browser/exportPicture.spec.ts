import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateMatrix } from '../../bench/generateMatrix';
import { chooseFromMore, openBoard, openExample, openMatrix, softHyphenated } from './boardPage';

interface Picture {
  readonly fileName: string;
  readonly width: number;
  readonly height: number;
  /** Colours that cover at least 0.1% of the picture: a blank or one-colour picture has one or two. */
  readonly colours: number;
  /** The top left pixel, [r, g, b, alpha]: the background the picture stands on. */
  readonly corner: readonly number[];
  /** The contrast of the lightest and darkest pixel in the title's band, as WCAG computes it. */
  readonly titleContrast: number;
  /** The same in the band below the title, where the legend of short labels stands. */
  readonly legendContrast: number;
  /** The lowest row of pixels drawn on (not the page) across nine tenths of the picture's width: a rule. */
  readonly lowestRule: number;
  /** The lowest row of pixels with anything drawn on it. */
  readonly lowestInk: number;
}

/** Export PNG through the More menu, then read the downloaded picture as an image viewer would. */
async function exportPng(page: Page): Promise<Picture> {
  const download = page.waitForEvent('download');
  await chooseFromMore(page, 'Export PNG');
  const file = await download;
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  const decoded = await page.evaluate(async (base64) => {
    // Decoded from bytes, not fetched from a data: address, which the app's Content-Security-Policy refuses.
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<number, number>();
    // Every 7th pixel is plenty to tell a drawn matrix from an empty frame.
    for (let i = 0; i < data.length; i += 28) {
      const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const sampled = data.length / 28;
    const channel = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    const luminance = (i: number) => 0.2126 * channel(data[i] ?? 0) + 0.7152 * channel(data[i + 1] ?? 0) + 0.0722 * channel(data[i + 2] ?? 0);
    const contrastOfRows = (from: number, to: number) => {
      let lightest = 0;
      let darkest = 1;
      for (let i = image.width * 4 * from; i < Math.min(data.length, image.width * 4 * to); i += 4) {
        const l = luminance(i);
        lightest = Math.max(lightest, l);
        darkest = Math.min(darkest, l);
      }
      return (lightest + 0.05) / (darkest + 0.05);
    };
    // Rules run across the table, which is the picture's width less its margins; a row of text never does.
    const differs = (i: number) => [0, 1, 2].some((c) => Math.abs((data[i + c] ?? 0) - (data[c] ?? 0)) > 3);
    // Read from the foot up, and stop at the lowest rule: a long board's picture has millions of pixels.
    let lowestRule = -1;
    let lowestInk = -1;
    for (let y = image.height - 1; y >= 0 && lowestRule === -1; y--) {
      let drawn = 0;
      for (let x = 0; x < image.width; x++) if (differs((y * image.width + x) * 4)) drawn++;
      if (drawn > 0 && lowestInk === -1) lowestInk = y;
      if (drawn >= image.width * 0.9) lowestRule = y;
    }
    return {
      lowestRule,
      lowestInk,
      width: image.width,
      height: image.height,
      colours: [...counts.values()].filter((n) => n >= sampled / 1000).length,
      corner: [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0, data[3] ?? 0],
      // The title stands in the top 56 CSS pixels: at twice the pixels, the first 100 rows hold its letters;
      // the legend's first line is the 24 CSS pixels below them.
      titleContrast: contrastOfRows(0, 100),
      legendContrast: contrastOfRows(114, 158),
    };
  }, bytes.toString('base64'));
  return { fileName: file.suggestedFilename(), ...decoded };
}

const table = (page: Page) => page.locator('[data-picture-target]');

test('Export PNG pictures the whole board under its title, then the matrix view, and says so', async ({ page }) => {
  await openExample(page);
  // What the status bar says, as a screen reader hears it: every text it shows, in turn.
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    const bar = document.querySelector('.status-bar');
    if (!bar) throw new Error('no status bar');
    new MutationObserver(() => {
      const text = bar.textContent ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    }).observe(bar, { subtree: true, childList: true, characterData: true });
  });
  const board = await table(page).evaluate((element) => ({ width: element.scrollWidth, height: element.scrollHeight }));
  expect(board.height, 'the example is longer than the screen').toBeGreaterThan(720);
  const picture = await exportPng(page);
  expect(picture.fileName).toBe('Who owns social media (example).png');
  await expect(page.locator('.status-bar')).toHaveText('Exported Who owns social media (example).png.');
  // Each step was said while it worked, in the order it came, and then what was made.
  const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  expect(said.filter((text) => text.startsWith('Picture of the board'))).toEqual([
    'Picture of the board: laying out every row…',
    'Picture of the board: drawing…',
    'Picture of the board: saving…',
  ]);
  expect(said.at(-1)).toBe('Exported Who owns social media (example).png.');
  // Twice the screen's pixels, every row (not only what the screen shows), with room for the title.
  expect(picture.width).toBeGreaterThanOrEqual(board.width * 2);
  expect(picture.height).toBeGreaterThan(board.height * 2);
  expect(picture.colours, 'role colours, chips and text, not an empty frame').toBeGreaterThan(8);
  expect(picture.corner, 'an opaque white page').toEqual([255, 255, 255, 255]);
  expect(picture.titleContrast, 'a title readable on its page').toBeGreaterThan(7);
  // Below the title, what the chips' short labels stand for ("PR = Public Relations"): a slide has no tooltips.
  expect(picture.legendContrast, 'a legend readable on its page').toBeGreaterThan(7);
  // Nothing of the picture stays on the board: Find is back, and no mark of the picture is left.
  await expect(page.getByRole('searchbox', { name: 'Find an activity' })).toBeVisible();
  await expect(page.locator('[data-picturing]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Matrix', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Responsibility matrix' })).toBeVisible();
  const matrix = await table(page).evaluate((element) => ({ width: element.scrollWidth, height: element.scrollHeight }));
  const matrixPicture = await exportPng(page);
  expect(matrixPicture.width).toBeGreaterThanOrEqual(matrix.width * 2);
  expect(matrixPicture.height).toBeGreaterThan(matrix.height * 2);
  expect(matrixPicture.colours).toBeGreaterThan(8);
});

test('the last row is pictured whole, down to its bottom rule, on the board and in the matrix view', async ({ page }) => {
  await openExample(page);
  for (const view of ['Board', 'Matrix']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    // The name as set for breaking (soft hyphens), with what a screen reader hears after it on the board.
    await expect(table(page).getByText(new RegExp(`^${softHyphenated('Measure and report results')}(, edit activity)?$`))).toBeVisible();
    const width = await table(page).evaluate((element) => element.scrollWidth);
    const picture = await exportPng(page);
    const scale = picture.width / (width + 32);
    // A row cut by the picture's edge leaves its letters or its cells' side lines below the last rule
    // drawn across the table; a whole one ends with its own bottom rule (two pixels thick at this scale).
    expect(picture.lowestInk - picture.lowestRule, `${view}: nothing drawn below the last row's bottom rule`).toBeLessThanOrEqual(scale);
    expect(picture.lowestRule, `${view}: the rule is below the rows`).toBeGreaterThan(picture.height - 40 * scale);
    // The drawing ends inside the picture, with its margin below: nothing runs off the edge.
    expect(picture.height - 1 - picture.lowestInk, `${view}: page below the last row`).toBeGreaterThanOrEqual(15 * scale);
  }
});

test('a long board is pictured whole, though the screen draws only the rows near the view', async ({ page }) => {
  await openBoard(page);
  // From 60 rows the board draws only those near the view; 90 rows are enough to prove the picture has all.
  const doc = generateMatrix(90, 12);
  await openMatrix(page, doc);
  const drawnRows = () => page.locator('.row[data-activity]').count();
  expect(await drawnRows()).toBeLessThan(100);

  const picture = await exportPng(page);
  // A cell is at least 48 px high, so 90 rows make at least 4,320 px of matrix, at whatever scale fits.
  const scale = picture.width / ((await table(page).evaluate((element) => element.scrollWidth)) + 32);
  expect(picture.height / scale).toBeGreaterThan(90 * 48);
  expect(picture.colours).toBeGreaterThan(8);
  // Back to drawing only the rows near the view.
  await expect.poll(drawnRows).toBeLessThan(100);
});

test('a long matrix view is pictured whole, every row down to the last one’s bottom rule', async ({ page }) => {
  await openBoard(page);
  await openMatrix(page, generateMatrix(90, 12));
  await page.keyboard.press('Alt+Shift+M');
  const drawnRows = () => page.locator('.matrix tr[data-activity]').count();
  await expect.poll(drawnRows).toBeGreaterThan(0);
  expect(await drawnRows()).toBeLessThan(90);
  // How many rows the table holds at the moment it is pictured.
  await page.evaluate(() => {
    const target = document.querySelector('[data-picture-target]');
    if (!target) throw new Error('no picture target');
    const watch = new MutationObserver(() => {
      if (!target.hasAttribute('data-picturing')) return;
      target.setAttribute('data-rows-pictured', String(target.querySelectorAll('tr[data-activity]').length));
      watch.disconnect();
    });
    watch.observe(target, { attributes: true, attributeFilter: ['data-picturing'] });
  });
  const picture = await exportPng(page);
  await expect(table(page)).toHaveAttribute('data-rows-pictured', '90');
  const scale = picture.width / ((await table(page).evaluate((element) => element.scrollWidth)) + 32);
  expect(picture.lowestInk - picture.lowestRule, 'nothing drawn below the last row’s bottom rule').toBeLessThanOrEqual(scale);
  expect(picture.lowestRule, 'the rule is below the rows').toBeGreaterThan(picture.height - 40 * scale);
  await expect.poll(drawnRows).toBeLessThan(90);
});

test('in the dark theme the picture stands on the theme’s page, with its title readable there', async ({ page }) => {
  await openExample(page);
  await chooseFromMore(page, 'Theme: Dark');
  const picture = await exportPng(page);
  const [red = 255, green = 255, blue = 255, alpha = 0] = picture.corner;
  expect(alpha, 'opaque').toBe(255);
  expect(Math.max(red, green, blue), 'a dark page, as on screen').toBeLessThan(60);
  expect(picture.titleContrast, 'a title readable on its page').toBeGreaterThan(7);
  expect(picture.legendContrast, 'a legend readable on its page').toBeGreaterThan(7);
});

test('the departments view has no matrix to picture, and Export PNG says what to do', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Departments', exact: true }).click();
  await chooseFromMore(page, 'Export PNG');
  await expect(page.locator('.status-bar')).toHaveText(
    'The picture could not be made: only the board and the matrix view can be pictured; switch to one of them first.',
  );
});
