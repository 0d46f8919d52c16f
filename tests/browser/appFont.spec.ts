import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { openBoard, palette, paletteChip } from './boardPage';
import { LONG_NAMES, seedLongNames } from './longNames';

const APP_FONT = 'Noto Sans Variable';

/** The font files the page asks for, by script, from the moment it is called. */
function fontRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') requests.push(request);
  });
  return requests;
}

const ofScript = (requests: readonly Request[], script: string) =>
  requests.filter((request) => new RegExp(`/assets/noto-sans-${script}-wght-normal-[\\w-]+\\.woff2$`).test(request.url()));

/**
 * The fonts Chromium really drew the text of `selector`'s elements with, as its DevTools report them: a
 * name may be styled in the app's font and still be drawn in another where that font lacks the letters.
 */
async function drawnWith(page: Page, selector: string): Promise<{ family: string; custom: boolean }[]> {
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const fonts = [];
  for (const nodeId of nodeIds) {
    const { fonts: used } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    fonts.push(...used.map((font) => ({ family: font.familyName, custom: font.isCustomFont })));
  }
  await client.detach();
  return fonts;
}

/** Marks the elements whose own text holds `text` (a word of a name), for `drawnWith` to find. */
async function markTextOf(page: Page, text: string, mark: string): Promise<number> {
  return page.evaluate(({ text, mark }) => {
    const owners = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Names are set with soft hyphens where a word may break.
      if (node.parentElement && (node.textContent ?? '').replaceAll('\u00ad', '').includes(text)) owners.add(node.parentElement);
    }
    for (const owner of owners) owner.setAttribute(mark, '');
    return owners.size;
  }, { text, mark });
}

test('the board is set in the app’s own font, its Latin file preloaded from the app’s own origin', async ({ page, baseURL }) => {
  const requests = fontRequests(page);
  await openBoard(page);
  expect(await page.evaluate((family) => document.fonts.check(`16px "${family}"`), APP_FONT), 'the Latin file loaded').toBe(true);
  const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')));
  expect(loaded).toContain(APP_FONT);

  // Chips, lane headers and the toolbar name the app's font first, before any of the machine's.
  for (const element of [paletteChip(page, 'Legal'), page.locator('.lane-header').first(), page.getByRole('textbox', { name: 'Workshop title' })]) {
    expect(await element.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(new RegExp(`^"?${APP_FONT}"?,`));
  }
  await markTextOf(page, 'Legal', 'data-font-probe');
  const legal = await drawnWith(page, '[data-font-probe]');
  expect(legal.length).toBeGreaterThan(0);
  expect(legal.every((font) => font.custom && font.family === 'Noto Sans'), JSON.stringify(legal)).toBe(true);

  // One request for the Latin file, from the app's origin: the preload is the very file the stylesheet uses.
  const latin = ofScript(requests, 'latin');
  expect(latin.map((request) => new URL(request.url()).origin)).toEqual([new URL(baseURL ?? '').origin]);
  const preload = await page.locator('link[rel="preload"][as="font"]').evaluate((link: HTMLLinkElement) => link.href);
  expect(preload).toBe(latin[0]?.url());
  // The template shows no Greek or Cyrillic, so their files are never asked for.
  expect(ofScript(requests, 'greek').concat(ofScript(requests, 'cyrillic'))).toEqual([]);
});

test('Greek and Cyrillic names are drawn in the app’s font, their files fetched when the board shows them', async ({ page, baseURL }) => {
  const requests = fontRequests(page);
  await seedLongNames(page);
  await openBoard(page);
  await expect(palette(page).getByRole('button', { name: LONG_NAMES.greek, exact: true })).toBeVisible();
  for (const script of ['greek', 'cyrillic']) {
    const files = ofScript(requests, script);
    expect(files.length, `the ${script} file requested`).toBeGreaterThan(0);
    expect(files.every((request) => new URL(request.url()).origin === new URL(baseURL ?? '').origin)).toBe(true);
  }
  for (const [script, name] of [['Greek', LONG_NAMES.greek], ['Cyrillic', LONG_NAMES.cyrillic]] as const) {
    expect(await page.evaluate(({ family, name }) => document.fonts.check(`16px "${family}"`, name), { family: APP_FONT, name }), `${script} loaded`).toBe(true);
    const word = name.split(' ')[0] ?? name;
    const mark = `data-font-probe-${script.toLowerCase()}`;
    expect(await markTextOf(page, word, mark), `${script} names on the board`).toBeGreaterThan(0);
    const fonts = await drawnWith(page, `[${mark}]`);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.custom && font.family === 'Noto Sans'), `${script}: ${JSON.stringify(fonts)}`).toBe(true);
  }
});
