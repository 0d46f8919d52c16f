import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, chooseFromMore, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip, placedChip } from './boardPage';

const EXAMPLE_FILE = 'public/examples/who-owns-social-media-example.raci.json';
const EXAMPLE_PATH = fileURLToPath(new URL(`../../${EXAMPLE_FILE}`, import.meta.url));
const exampleText = readFileSync(EXAMPLE_PATH, 'utf8');
const EXAMPLE_TITLE = JSON.parse(exampleText).document.title as string;
const TEMPLATE_TITLE = 'Who owns social media?';

test.beforeEach(async ({ page }) => {
  // Chromium has a save picker that automation cannot answer; without it the app falls back to a download.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

const title = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });

/** The `document` part of the file Save downloads: what "opens identically" compares. */
async function savedDocument(page: Page): Promise<unknown> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')).document;
}

async function workshopTitles(page: Page): Promise<string[]> {
  await chooseFromMore(page, 'Workshops…');
  const list = page.getByRole('list', { name: 'Workshops' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const titles = await list.locator('.workshops__title').allTextContents();
  await page.getByRole('dialog', { name: 'Workshops' }).getByRole('button', { name: 'Close' }).click();
  return titles;
}

/** A second, empty browser profile: nothing shared with the first but what the test carries over. */
async function otherProfile(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await context.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  return context.newPage();
}

test('Open reads a file through the file chooser into a new workshop; the old one stays in Workshops', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(EXAMPLE_PATH);
  await expect(title(page)).toHaveValue(EXAMPLE_TITLE);
  await expect(page.locator('.status-bar')).toContainText('as a new workshop');
  expect(await workshopTitles(page)).toEqual([`${EXAMPLE_TITLE} (open now)`, TEMPLATE_TITLE]);

  // The workshop that was open is untouched: back to it, the Legal chip is still there.
  await chooseFromMore(page, 'Workshops…');
  await page.getByRole('button', { name: `Open ${TEMPLATE_TITLE}` }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  // Ctrl+O asks for a file too.
  const again = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  expect((await again).isMultiple()).toBe(false);
});

test('a .json file dropped on the window opens as a new workshop', async ({ page }) => {
  await openBoard(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.raci.json', { type: 'application/json' }));
    return transfer;
  }, exampleText);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the .raci.json file to open it as a new workshop')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(title(page)).toHaveValue(EXAMPLE_TITLE);
  await expect(page.getByText('Drop the .raci.json file to open it as a new workshop')).toHaveCount(0);
});

test('pasting a matrix’s JSON outside a text field opens it; inside the title field it stays text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openBoard(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), exampleText);
  await title(page).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await expect(title(page)).not.toHaveValue(EXAMPLE_TITLE);
  await title(page).press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Control+v');
  await expect(title(page)).toHaveValue(EXAMPLE_TITLE);
  expect(await workshopTitles(page)).toHaveLength(2);
});

test('a file that cannot be opened is refused in an alert, and the board stays exactly as it was', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  const before = await savedDocument(page);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  const input = page.getByTestId('open-workshop-input');
  const cases: [string, string, RegExp][] = [
    ['notes.json', '{"format": "raci-workshop",\n  "schemaVersion": 1,\n  oops', /not valid JSON \(line 3, column 3\)/],
    ['other.json', '{"name": "a package.json"}', /not a RACI workshop file/],
    ['future.raci.json', '{"format":"raci-workshop","schemaVersion":99,"document":{}}', /newer version/],
    ['image.raci.json', '\u0000\u0001PNG', /not text/],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alertdialog', { name: `Could not open “${name}”` });
    await expect(alert).toContainText(message);
    await alert.getByRole('button', { name: 'OK' }).click();
  }
  const invalid = JSON.parse(exampleText);
  invalid.document.activities[3].name = 7;
  await input.setInputFiles({ name: 'invalid.raci.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
  const alert = page.getByRole('alertdialog', { name: 'Could not open “invalid.raci.json”' });
  await expect(alert.getByRole('listitem')).toHaveText(['Activity 4 has no usable name: it holds a whole number where text belongs.']);
  await alert.getByText('Details').click();
  await expect(alert.getByRole('listitem')).toHaveText([
    'Activity 4 has no usable name: it holds a whole number where text belongs.',
    'document.activities[3].name: expected text',
  ]);
  await alert.getByRole('button', { name: 'OK' }).click();

  expect(await savedDocument(page)).toEqual(before);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await expect(title(page)).toHaveValue(TEMPLATE_TITLE);
  expect(await workshopTitles(page)).toEqual([`${TEMPLATE_TITLE} (open now)`]);
});

test('a workshop opens identically in another browser profile, by file and by link', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { foreignRequests } = await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await title(page).fill('Nordics: Ελληνικά и русский');
  await title(page).press('Enter');
  const original = await savedDocument(page);

  // By link: Share copies it; the other profile is asked before anything is added.
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share link' });
  await expect(share).toContainText('Link copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(await share.getByRole('textbox', { name: 'Link' }).inputValue()).toBe(link);
  expect(new URL(link).hash).toMatch(/^#share=1\./);
  await share.getByRole('button', { name: 'Done' }).click();

  const other = await otherProfile(browser);
  await other.goto(link);
  const offer = other.getByRole('dialog', { name: 'Open a shared workshop?' });
  await expect(offer).toContainText('Nordics: Ελληνικά и русский');
  await expect(title(other)).toHaveValue(TEMPLATE_TITLE);
  await offer.getByRole('button', { name: 'Open as a new workshop' }).click();
  await expect(title(other)).toHaveValue('Nordics: Ελληνικά и русский');
  expect(new URL(other.url()).hash).toBe('');
  expect(await savedDocument(other)).toEqual(original);

  // By file: what Save wrote here opens there the same.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const filePath = await (await download).path();
  const third = await otherProfile(browser);
  await third.goto('/');
  await third.getByTestId('open-workshop-input').setInputFiles(filePath);
  await expect(title(third)).toHaveValue('Nordics: Ελληνικά и русский');
  expect(await savedDocument(third)).toEqual(original);

  // A reload offers nothing again, and the shared workshop is still there.
  await other.reload();
  await expect(title(other)).toHaveValue('Nordics: Ελληνικά и русский');
  await expect(other.getByRole('dialog', { name: 'Open a shared workshop?' })).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('Workshops: switch, rename, duplicate and delete, each kept across a reload', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: /^Blank/ }).click();
  await expect(page.getByText('No departments yet.')).toBeVisible();

  await chooseFromMore(page, 'Workshops…');
  const list = page.getByRole('list', { name: 'Workshops' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.locator('time').first()).toBeVisible();
  await list.getByRole('button', { name: `Rename ${TEMPLATE_TITLE}` }).click();
  // Escape drops the draft, and only the draft: the list stays open.
  await list.getByRole('textbox', { name: `New name for ${TEMPLATE_TITLE}` }).fill('Draft');
  await page.keyboard.press('Escape');
  await expect(list.getByText(TEMPLATE_TITLE, { exact: true })).toBeVisible();
  await list.getByRole('button', { name: `Rename ${TEMPLATE_TITLE}` }).click();
  await list.getByRole('textbox', { name: `New name for ${TEMPLATE_TITLE}` }).fill('Retail');
  await page.keyboard.press('Enter');
  await list.getByRole('button', { name: 'Duplicate Retail' }).click();
  await expect(list.getByText('Retail (copy)')).toBeVisible();
  await list.getByRole('button', { name: 'Delete Retail (copy)' }).click();
  await list.getByRole('button', { name: 'Delete for good' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Open Retail' }).click();
  await expect(title(page)).toHaveValue('Retail');
  await mouseDrag(page, paletteChip(page, 'Sales'), cell(page, FIRST_ACTIVITY, 'Responsible'));

  await page.reload();
  await expect(title(page)).toHaveValue('Retail');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Sales')).toBeVisible();
  expect(await workshopTitles(page)).toEqual(['Retail (open now)', 'Untitled workshop']);
});

test('two tabs on one workshop: a change in one is flagged in the other, never silently overwritten', async ({ page, context }) => {
  await openBoard(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect(title(second)).toHaveValue(TEMPLATE_TITLE);
  await mouseDrag(second, paletteChip(second, 'IT'), cell(second, FIRST_ACTIVITY, 'Consulted'));
  await second.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  const notice = page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'IT')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'IT')).toHaveCount(0);
});
