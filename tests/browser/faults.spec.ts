import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cachedForOffline, cell, chooseFromMore, FIRST_ACTIVITY, mouseDrag, mouseDrop, openBoard, palette, paletteChip, placedChip } from './boardPage';

/*
 * Nothing is lost under faults: after each fault the last edit is either saved or the user is told, in an
 * alert that names the problem and offers the matrix as a download; and no earlier saved data is overwritten.
 */

const SECOND_ACTIVITY = 'Write the social media policy';
const WORKSHOPS = 'raci-workshop/workshops/';

/** Legal becomes Accountable for the first activity, and the board shows it. */
async function placeLegal(page: Page, activity = FIRST_ACTIVITY): Promise<void> {
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, activity, 'Accountable'));
  await expect(placedChip(page, activity, 'Accountable', 'Legal')).toBeVisible();
}

/** The open workshop's text in localStorage, as this tab saved it. */
async function storedOpenWorkshop(page: Page): Promise<string | null> {
  return page.evaluate((prefix) => {
    const id = sessionStorage.getItem('raci-workshop/tab-workshop') ?? localStorage.getItem('raci-workshop/active');
    return id === null ? null : localStorage.getItem(`${prefix}${id}`);
  }, WORKSHOPS);
}

async function waitForSaved(page: Page, needle: string): Promise<void> {
  await expect.poll(async () => (await storedOpenWorkshop(page)) ?? '').toContain(needle);
}

/** The warning about storage, with its download: the matrix as it is on the board, edits included. */
async function downloadFromWarning(page: Page, problem: RegExp): Promise<string> {
  const alert = page.getByRole('alert').filter({ hasText: problem });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the workshop' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

/** The board with one edit, saved: what every fault below must not lose. Returns the saved text. */
async function startWithLegalSaved(page: Page): Promise<string | null> {
  await openBoard(page);
  await placeLegal(page);
  await waitForSaved(page, LEGAL_ACCOUNTABLE);
  return storedOpenWorkshop(page);
}

const LEGAL_ACCOUNTABLE = '"departmentId": "legal",\n        "role": "A"';

/** From now on (this page, reloads and new pages of the context), localStorage is full: writes are refused. */
async function fillStorage(context: BrowserContext, page: Page | undefined): Promise<void> {
  const install = () => {
    const realSetItem = Storage.prototype.setItem;
    (window as unknown as { __restoreStorage?: () => void }).__restoreStorage = () => {
      Storage.prototype.setItem = realSetItem;
    };
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    };
  };
  await context.addInitScript(install);
  if (page) await page.evaluate(install);
}

test.beforeEach(async ({ page }) => {
  // The warnings' downloads go through the download path, not the save dialog headless Chromium cannot show.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test.describe('storage full', () => {
  test('at start: the earlier workshop opens untouched, edits are offered as a download', async ({ page, context }) => {
    const earlier = await startWithLegalSaved(page);

    await fillStorage(context, undefined);
    await page.reload();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
    await mouseDrag(page, paletteChip(page, 'HR'), cell(page, SECOND_ACTIVITY, 'Responsible'));
    await expect(placedChip(page, SECOND_ACTIVITY, 'Responsible', 'HR')).toBeVisible();
    const offered = await downloadFromWarning(page, /storage is full/);
    expect(offered).toContain('"departmentId": "hr"');
    expect(await storedOpenWorkshop(page)).toBe(earlier);
  });

  test('in the middle of a session: told at once, and saved by itself once storage has room again', async ({ page, context }) => {
    const earlier = await startWithLegalSaved(page);

    await fillStorage(context, page);
    await mouseDrag(page, paletteChip(page, 'HR'), cell(page, SECOND_ACTIVITY, 'Responsible'));
    const offered = await downloadFromWarning(page, /storage is full/);
    expect(offered).toContain('"departmentId": "hr"');
    expect(await storedOpenWorkshop(page), 'the saved copy is the earlier one, whole').toBe(earlier);

    // Room again (the user deleted something elsewhere): the held change is written without another edit.
    await page.evaluate(() => (window as unknown as { __restoreStorage: () => void }).__restoreStorage());
    await waitForSaved(page, '"departmentId": "hr"');
    await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toHaveCount(0);
  });
});

test.describe('storage unavailable', () => {
  test('from the start (access throws): the board works, and says how to keep the matrix', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openBoard(page);
    await placeLegal(page);
    const offered = await downloadFromWarning(page, /does not allow the app to save/);
    expect(offered).toContain(LEGAL_ACCOUNTABLE);
  });

  test('storage taken away mid-session (every access throws): told at once, with the matrix offered', async ({ page }) => {
    await startWithLegalSaved(page);
    await page.evaluate(() => {
      const gone = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      const local = window.localStorage;
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
        const real = Storage.prototype[method] as (...args: unknown[]) => unknown;
        Object.defineProperty(Storage.prototype, method, {
          configurable: true,
          value(this: Storage, ...args: unknown[]) {
            return this === local ? gone() : real.apply(this, args);
          },
        });
      }
      const length = Object.getOwnPropertyDescriptor(Storage.prototype, 'length');
      Object.defineProperty(Storage.prototype, 'length', {
        configurable: true,
        get(this: Storage) {
          return this === local ? gone() : length?.get?.call(this);
        },
      });
    });
    await mouseDrag(page, paletteChip(page, 'HR'), cell(page, SECOND_ACTIVITY, 'Responsible'));
    const offered = await downloadFromWarning(page, /does not allow the app to save/);
    expect(offered).toContain('"departmentId": "hr"');
    expect(offered).toContain(LEGAL_ACCOUNTABLE);
    // The library lives on in memory for the tab: a new workshop does not cost the open one, which the
    // Workshops list still opens (and nothing that reads storage throws: the fixture watches the console).
    await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('button', { name: /^Blank/ }).click();
    await expect(placedChip(page, SECOND_ACTIVITY, 'Responsible', 'HR')).toHaveCount(0);
    await chooseFromMore(page, 'Workshops…');
    await page.getByRole('dialog', { name: 'Workshops' }).getByRole('button', { name: 'Open Who owns social media?' }).click();
    await expect(placedChip(page, SECOND_ACTIVITY, 'Responsible', 'HR')).toBeVisible();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /does not allow the app to save/ })).toBeVisible();
  });

  test('site data cleared mid-session: the open workshop is written back', async ({ page, context }) => {
    await startWithLegalSaved(page);
    // Cleared from another tab of the site (as the browser's "clear site data" does): this tab hears of it.
    await context.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>Other tab</title>' }));
    const other = await context.newPage();
    await other.goto('/blank.html');
    await other.evaluate(() => localStorage.clear());
    await other.close();
    await waitForSaved(page, LEGAL_ACCOUNTABLE);
    await page.reload();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  });
});

const unreadable = [
  { name: 'corrupt', text: '{"format":"raci-workshop","schemaVersion":1,"document":{ not json at all', says: 'not valid JSON' },
  { name: 'truncated', text: '', says: 'not valid JSON' },
  { name: 'newer-version', text: JSON.stringify({ format: 'raci-workshop', schemaVersion: 99, document: {} }), says: 'newer version' },
] as const;

for (const { name, text, says } of unreadable) {
  test(`a ${name} stored workshop is kept aside, said, and never overwritten`, async ({ page }) => {
    // A real saved workshop cut off at half its length, as a crash in the middle of a write would leave it.
    const seeded = name === 'truncated' ? await halfOfASavedWorkshop(page) : text;
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('seeded')) return;
        localStorage.clear();
        localStorage.setItem(key, value);
        localStorage.setItem('raci-workshop/active', key.slice(key.lastIndexOf('/') + 1));
        sessionStorage.setItem('seeded', '1');
      },
      [`${WORKSHOPS}seeded-workshop`, seeded] as const,
    );
    await openBoard(page);
    const alert = page.getByRole('alert').filter({ hasText: 'kept aside' });
    await expect(alert).toContainText(says);
    await placeLegal(page);
    await waitForSaved(page, LEGAL_ACCOUNTABLE);
    await page.reload();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('raci-workshop/kept-aside/')).map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([seeded]);
    const download = page.waitForEvent('download');
    await page.getByRole('alert').filter({ hasText: 'kept aside' }).getByRole('button', { name: 'Download the kept workshop' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(seeded);
  });
}

/** Saves the template once in a scratch page and returns the first half of its stored text. */
async function halfOfASavedWorkshop(page: Page): Promise<string> {
  const scratch = await page.context().browser()?.newContext();
  if (!scratch) throw new Error('no browser');
  const other = await scratch.newPage();
  await openBoard(other);
  await expect.poll(async () => (await storedOpenWorkshop(other)) ?? '').not.toBe('');
  const whole = (await storedOpenWorkshop(other)) ?? '';
  await scratch.close();
  return whole.slice(0, Math.floor(whole.length / 2));
}

for (const delay of [0, 50, 300]) {
  test(`a reload ${delay} ms after a drop keeps it`, async ({ page }) => {
    await openBoard(page);
    await mouseDrop(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
    if (delay > 0) await page.waitForTimeout(delay);
    await page.reload();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  });
}

test('closing the tab right after a drop keeps it', async ({ page, context }) => {
  await openBoard(page);
  await mouseDrop(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await expect(palette(again)).toBeVisible();
  await expect(placedChip(again, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
});

test.describe('two tabs on one workshop', () => {
  const clash = (page: Page) => page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  /** The board in this tab and in a second one of the same browser, on the same workshop; returns the second. */
  const openTwoTabs = async (page: Page, context: BrowserContext): Promise<Page> => {
    await openBoard(page);
    const second = await context.newPage();
    await openBoard(second);
    return second;
  };

  test('the first tab changes, then the second: each takes the other’s version, nothing is overwritten', async ({ page, context }) => {
    const second = await openTwoTabs(page, context);
    await placeLegal(page);
    await expect(clash(second)).toBeVisible();
    await clash(second).getByRole('button', { name: 'Load the other tab’s version' }).click();
    await expect(placedChip(second, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
    await mouseDrop(second, paletteChip(second, 'HR'), cell(second, SECOND_ACTIVITY, 'Responsible'));
    await expect(placedChip(second, SECOND_ACTIVITY, 'Responsible', 'HR')).toBeVisible();
    await expect(clash(page)).toBeVisible();
    await clash(page).getByRole('button', { name: 'Load the other tab’s version' }).click();
    await expect(placedChip(page, SECOND_ACTIVITY, 'Responsible', 'HR')).toBeVisible();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  });

  test.describe('offline', () => {
    // Working offline is the service worker's: the first tab was cached by it, as after a first visit.
    test.use({ serviceWorkers: 'allow' });

    test('the second tab changes first, and the first keeps working offline without overwriting it', async ({ page, context }) => {
      const second = await openTwoTabs(page, context);
      await cachedForOffline(page);
      // The first tab loses its network (storage is local, so it still hears the other tab).
      const network = await context.newCDPSession(page);
      await network.send('Network.enable');
      await network.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

      await placeLegal(second);
      await waitForSaved(second, LEGAL_ACCOUNTABLE);
      await expect(clash(page)).toBeVisible();
      // Working on without choosing: held here, the other tab's saved version stays as it is.
      await mouseDrop(page, paletteChip(page, 'HR'), cell(page, SECOND_ACTIVITY, 'Responsible'));
      await expect(placedChip(page, SECOND_ACTIVITY, 'Responsible', 'HR')).toBeVisible();
      await page.waitForTimeout(600);
      expect(await storedOpenWorkshop(second)).toContain(LEGAL_ACCOUNTABLE);
      expect(await storedOpenWorkshop(second)).not.toContain('"departmentId": "hr"');

      // Closing the first tab with the clash open keeps its changes as a workshop of their own.
      await page.close();
      await second.reload();
      await chooseFromMore(second, 'Workshops…');
      await expect(second.getByRole('dialog', { name: 'Workshops' })).toContainText('(changes from a second tab)');
      await network.detach().catch(() => undefined);
    });
  });

  test('keeping this tab’s version writes it over the other, on purpose', async ({ page, context }) => {
    const second = await openTwoTabs(page, context);
    await placeLegal(page);
    await expect(clash(second)).toBeVisible();
    await mouseDrag(second, paletteChip(second, 'HR'), cell(second, SECOND_ACTIVITY, 'Responsible'));
    await clash(second).getByRole('button', { name: 'Keep this tab’s version' }).click();
    await waitForSaved(second, '"departmentId": "hr"');
    expect(await storedOpenWorkshop(second)).not.toContain(LEGAL_ACCOUNTABLE);
    // The first tab is told in its turn; its drop is one Undo away after loading the other version.
    await expect(clash(page)).toBeVisible();
  });
});
