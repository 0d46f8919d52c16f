import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RaciDocument } from '../src/domain/model';
import { serializeWorkshop } from '../src/format/serializeWorkshop';
import { ACTIVITY_ROW, GRID, nextFrame } from './pageProbes';

/** Generous: a 1,000 x 60 picture or workbook takes seconds, and a slow figure is reported, not failed. */
const SLOW_MS = 180_000;

export interface ExportsResult {
  /** Open, a file chosen, to the frame that shows its title and first row. */
  readonly openFileMs: number;
  readonly xlsxMs: number;
  /** Export PNG of the board, the click to the download, and what the status bar said at the end. */
  readonly pngMs: number;
  readonly pngSaid: string;
  /** The longest task while the departments view opened (every card rendered), and while an undo updated it. */
  readonly departmentsOpenLongestMs: number;
  readonly departmentsUpdateLongestMs: number;
}

/** Records long tasks (over 50 ms) from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchLong?: number[]; __benchLongObserver?: PerformanceObserver };
    w.__benchLongObserver?.disconnect();
    w.__benchLong = [];
    w.__benchLongObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLong?.push(entry.duration);
    });
    w.__benchLongObserver.observe({ type: 'longtask' });
  });
}

const longestTask = (page: Page) =>
  page.evaluate(async () => {
    // Two frames and a task, so a long task that just ended has been reported.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return Math.max(0, ...((window as unknown as { __benchLong?: number[] }).__benchLong ?? []));
  });

async function fromMore(page: Page, item: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menu', { name: 'More' }).getByRole('menuitem', { name: item }).click();
}

async function timedDownload(page: Page, item: string): Promise<number> {
  const download = page.waitForEvent('download', { timeout: SLOW_MS });
  const t0 = Date.now();
  await fromMore(page, item);
  await download;
  return Date.now() - t0;
}

async function openFile(page: Page, doc: RaciDocument, appVersion: string): Promise<number> {
  const title = `${doc.title} (opened)`;
  const path = join(mkdtempSync(join(tmpdir(), 'raci-bench-')), 'matrix.raci.json');
  writeFileSync(path, serializeWorkshop({ ...doc, title }, { savedAt: new Date().toISOString(), appVersion }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Open', exact: true }).click();
  const t0 = Date.now();
  await (await chooser).setFiles(path);
  await page.waitForFunction(
    ({ expected, row }) => (document.querySelector<HTMLInputElement>('input[aria-label="Workshop title"]')?.value === expected) && document.querySelector(row) !== null,
    { expected: title, row: `${GRID} ${ACTIVITY_ROW}` },
    { polling: 'raf', timeout: SLOW_MS },
  );
  return Date.now() - t0;
}

/**
 * Files and exports beside the board: a file opened, Export XLSX and Export PNG of the board, and the
 * departments view opened and updated, watched for long tasks. Leaves the board showing, with the opened
 * copy as the workshop.
 */
export async function exportsAndFiles(page: Page, doc: RaciDocument, appVersion: string): Promise<ExportsResult> {
  // On the board, whatever an earlier measure left showing.
  await page.keyboard.press('Alt+Shift+B');
  await page.locator(`${GRID} ${ACTIVITY_ROW}`).first().waitFor();
  const openFileMs = await openFile(page, doc, appVersion);
  await nextFrame(page);
  const xlsxMs = await timedDownload(page, 'Export XLSX');
  const pngMs = await timedDownload(page, 'Export PNG');
  const pngSaid = (await page.locator('.status-bar').textContent()) ?? '';

  // An edit to undo once the departments view shows: a role typed would do, a title is quicker to make.
  const titleBox = page.getByRole('textbox', { name: 'Workshop title' });
  await titleBox.fill(`${doc.title} (edited)`);
  await titleBox.press('Enter');
  await watchLongTasks(page);
  await page.keyboard.press('Alt+Shift+D');
  await page.waitForFunction((count) => document.querySelectorAll('.department-card').length === count, doc.departments.length, { polling: 'raf', timeout: SLOW_MS });
  const departmentsOpenLongestMs = await longestTask(page);
  await watchLongTasks(page);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.waitForFunction((title) => document.querySelector('.department-card__workshop')?.textContent === title, `${doc.title} (opened)`, { polling: 'raf', timeout: SLOW_MS });
  const departmentsUpdateLongestMs = await longestTask(page);
  await page.keyboard.press('Alt+Shift+B');
  await page.locator(`${GRID} ${ACTIVITY_ROW}`).first().waitFor();
  return { openFileMs, xlsxMs, pngMs, pngSaid, departmentsOpenLongestMs, departmentsUpdateLongestMs };
}
