import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { RaciDocument } from '../../src/domain/model';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';

export const FIRST_ACTIVITY = 'Set social media strategy and objectives';

/**
 * Opens the built app with an empty browser profile; records any request that leaves the origin and any
 * console error (a Content-Security-Policy violation shows up there).
 */
export async function openBoard(page: Page): Promise<{ foreignRequests: string[]; consoleErrors: string[] }> {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(request.url());
  });
  await page.goto('/');
  await expect(palette(page)).toBeVisible();
  await fontsLoaded(page);
  return { foreignRequests, consoleErrors };
}

/**
 * Waits until the service worker has cached the app and controls the page, as after a person's first
 * visit: from then on the app works without a network. Only where the spec allows the worker (test.use).
 */
export async function cachedForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open((await caches.keys())[0] ?? '')).keys()).length))
    .toBeGreaterThan(10);
  // Controlled by the worker from here on (it claims the page it was installed from).
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Waits until every font file the page has asked for has arrived and a frame is laid out with them: what
 * a test measures is then the board a person sees, not the moment before a script's file came in.
 */
export async function fontsLoaded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => done()));
    // Text laid out in that frame may have asked for one more file (a script seen only now).
    await document.fonts.ready;
  });
}

/** Opens `doc` through the toolbar's Open, as a person opens a file a department sent back. */
export async function openMatrix(page: Page, doc: RaciDocument): Promise<void> {
  const folder = test.info().outputPath('files');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${doc.activities.length}x${doc.departments.length}.raci.json`);
  writeFileSync(path, serializeWorkshop(doc, { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue(doc.title);
}

/** Opens the app and starts the filled-in example, as a facilitator does from New. */
export async function openExample(page: Page): Promise<void> {
  await openBoard(page);
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: /Example: a filled-in matrix/ }).click();
  await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue('Who owns social media? (example)');
  await fontsLoaded(page);
}

export const palette = (page: Page): Locator => page.getByRole('region', { name: 'Departments' });

/**
 * A chip's accessible name: the department's name, then its short label where that is something else, as
 * the chip shows it ("Public Relations, PR"); tests find chips by the department's name alone.
 */
export const chipName = (department: string): RegExp => new RegExp(`^${softHyphenated(department)}(, [^,]{1,8})?$`);

/**
 * A pattern for `text` as a name may hold it once the board has set it for breaking: a soft hyphen may stand
 * between any two letters (a screen reader passes over it; a regular expression does not).
 */
export function softHyphenated(text: string): string {
  return [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\u00ad?');
}

export const paletteChip = (page: Page, name: string): Locator =>
  palette(page).getByRole('button', { name: chipName(name) });

export const cell = (page: Page, activity: string, role: string): Locator =>
  page.getByRole('group', { name: `${activity}, ${role}`, exact: true });

export const placedChip = (page: Page, activity: string, role: string, department: string): Locator =>
  cell(page, activity, role).getByRole('button', { name: chipName(department) });

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The open workshop's saved text, once the autosave has written it (it writes at most every 300 ms). */
export async function savedWorkshopContains(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((needle) => Object.keys(localStorage).some((k) => k.startsWith('raci-workshop/workshops/') && (localStorage.getItem(k) ?? '').includes(needle)), text))
    .toBe(true);
}

/**
 * A real mouse drag and drop, with nothing after it (for a reload or a close the very moment it lands):
 * dnd-kit needs intermediate moves, a single jump never drops.
 */
export async function mouseDrop(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centre(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 6, { steps: 4 });
  const end = await centre(to);
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}

/** A real mouse drag, ready for the next click. */
export async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await mouseDrop(page, from, to);
  // dnd-kit swallows clicks after a pointer drag (so the drop is not also a click) until a 50 ms timer of
  // its own, set at the drop, has run. No person clicks that fast, but a test would, and its next click
  // would vanish. A timer the page sets now runs after that one however busy the machine is; waiting on
  // the test's own clock did not (a busy renderer let the click in first).
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
}

/** A touch drag through the DevTools protocol: press, hold past the activation delay, slide, lift. */
export async function touchDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const client = await page.context().newCDPSession(page);
  const start = await centre(from);
  const end = await centre(to);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', start.x, start.y);
  // The press-and-hold itself: a finger held still past the 200 ms that tell a drag from a swipe.
  await page.waitForTimeout(350);
  const steps = 12;
  for (let i = 1; i <= steps; i += 1) {
    await touch('touchMove', start.x + ((end.x - start.x) * i) / steps, start.y + ((end.y - start.y) * i) / steps);
  }
  await touch('touchEnd', end.x, end.y);
  await client.detach();
}

/** The cell a keyboard drag is over: the drop layer that reports hovering, inside its labelled cell. */
async function hoveredCellName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('.drop-zone--over')?.closest('[role="group"]')?.getAttribute('aria-label') ?? null);
}

/**
 * Space picks up, arrows move cell by cell, Space drops. The sensor starts listening a moment after Space,
 * so each arrow is followed by a look at which cell reports the hover, and the next arrow is chosen from that.
 */
export async function keyboardDrag(page: Page, chip: Locator, target: Locator): Promise<void> {
  const targetName = await target.getAttribute('aria-label');
  await chip.focus();
  await page.keyboard.press('Space');
  // Picked up once the screen reader hears it; only then does the sensor take arrows.
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(/Picked up|is over|is not over/);
  for (let i = 0; i < 40; i += 1) {
    const hovered = await hoveredCellName(page);
    if (hovered === targetName) {
      await page.keyboard.press('Space');
      return;
    }
    const goal = await centre(target);
    const hoveredBox = hovered
      ? await page.getByRole('group', { name: hovered, exact: true }).boundingBox()
      : await chip.boundingBox();
    const here = hoveredBox ? { x: hoveredBox.x + hoveredBox.width / 2, y: hoveredBox.y + hoveredBox.height / 2 } : goal;
    const dx = goal.x - here.x;
    const dy = goal.y - here.y;
    const key = hovered === null ? 'ArrowRight' : Math.abs(dy) > 10 ? (dy > 0 ? 'ArrowDown' : 'ArrowUp') : dx > 0 ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.press(key);
    // The next arrow is chosen from where this one landed; an arrow that moved nothing is tried again.
    await expect.poll(() => hoveredCellName(page), { timeout: 2_000 }).not.toBe(hovered).catch(() => undefined);
  }
  throw new Error(`keyboard drag never reached ${targetName}`);
}

/**
 * Presses `key` in a keyboard drag until the screen reader hears `heard`, as a person presses an arrow
 * again when the chip did not move: the sensor listens a moment after Space picks a chip up, and on a long
 * matrix the next row may not be rendered yet when the arrow comes. Pressed again only while `heard` has
 * not come, so a slow first press is never followed by one too many.
 */
export async function pressUntilHeard(page: Page, key: string, heard: RegExp): Promise<void> {
  const news = page.locator('[id^="DndLiveRegion"]');
  let pressed = false;
  await expect(async () => {
    if (!pressed || !heard.test((await news.textContent()) ?? '')) await page.keyboard.press(key);
    pressed = true;
    await expect(news).toHaveText(heard, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Chooses a command from the toolbar's More menu, as a person does: open the menu, pick the item. */
export async function chooseFromMore(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'More' }).click();
  const menu = page.getByRole('menu', { name: 'More' });
  // A command, or one of the choices (a theme) the menu holds as radio items.
  await menu.getByRole('menuitem', { name: item }).or(menu.getByRole('menuitemradio', { name: item })).click();
}

/** Switches the role scheme through More > Role scheme, with the dialog's default for every role. */
export async function switchRoleScheme(page: Page, from: string, to: string): Promise<void> {
  await chooseFromMore(page, `Role scheme (${from})…`);
  const dialog = page.getByRole('dialog', { name: 'Role scheme' });
  await dialog.getByRole('radio', { name: to }).check();
  await dialog.getByRole('button', { name: `Switch to ${to}` }).click();
  await expect(dialog).toHaveCount(0);
}

/** Drops a file on the window as a file manager does: drag enter, drag over, drop; `shift` held if asked. */
export async function dropFile(page: Page, file: { name: string; type: string; text: string }, options: { shift?: boolean } = {}): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, type, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type }));
    return transfer;
  }, file);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer, shiftKey: options.shift ?? false });
}

/** A sheet in the common spreadsheet layout: a title, group headings, letters in several spellings, a legend. */
export const COMMON_SHEET = [
  'Social media responsibilities,,,,,,,,',
  'Activity,Marketing,Public Relations,Customer Service,Legal,IT,HR,Executive Board,Agency',
  'Strategy,,,,,,,,',
  'Set the social media strategy,R,C,C,,,,A,',
  'Write the social media policy,C,R,,C,,R/A,I,',
  'Publishing,,,,,,,,',
  'Plan the editorial calendar,"R, A",C,,,,,,R',
  'Publish posts on Facebook,A,,,,,,,R',
  'Answer comments and messages,I,,R/A,,,,,x',
  'Crisis,,,,,,,,',
  'Lead the crisis response,C,Accountable,R,C,I,,I,',
  'Approve statements,,R,,A,,,C,',
  'Run the accounts and passwords,,,,,R/A,,,x',
  ',,,,,,,,',
  'R = Responsible,,,,,,,,',
].join('\r\n');
