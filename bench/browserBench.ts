import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { renderCounterScript } from '../tests/browser/renderCounter';
import { autoscroll, dropTimes, openStoredWorkshop, rendersPerMove, scrollFrames } from './browserMeasures';
import { buildApp, CannotRun, chromiumPath, freePort, startPreview } from './browserServer';
import { exportTableRows, matrixTableRows, printTargets, tableRows, writeResults, type SizeResult } from './browserReport';
import { generateMatrix } from './generateMatrix';
import { exportsAndFiles } from './exportMeasures';
import { matrixView } from './matrixMeasures';
import { pageProbeScript } from './pageProbes';

export { CannotRun } from './browserServer';

const SIZES: readonly [activities: number, departments: number][] = [[22, 10], [100, 20], [200, 30], [1000, 60]];
const { version: appVersion } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs one measurement; a failure is reported with the figures instead of stopping the other sizes. */
async function attempt<T>(name: string, errors: string[], work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    errors.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return undefined;
  }
}

async function measureSize(browser: Browser, url: string, activities: number, departments: number): Promise<SizeResult> {
  const doc = generateMatrix(activities, departments);
  const matrix = `${activities} x ${departments}`;
  const errors: string[] = [];
  // A fresh profile per size: its own storage and HTTP cache. The service worker is blocked so every size
  // loads the same way (from the preview server), not from whatever a previous size cached.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  try {
    await context.addInitScript(renderCounterScript);
    await context.addInitScript(pageProbeScript);
    const opened = await attempt('opening the stored workshop', errors, () => openStoredWorkshop(context, url, doc, appVersion));
    if (!opened) return { matrix, activities, departments, rendersPerMove: undefined, drops: undefined, scroll: undefined, briskScroll: undefined, autoscroll: undefined, firstPaint: undefined, matrixView: undefined, exports: undefined, errors };
    const { page, coldMs, warmMs } = opened;
    page.setDefaultTimeout(20_000);
    const renders = await attempt('renders per move', errors, () => rendersPerMove(page, doc));
    const drops = await attempt('drops', errors, () => dropTimes(page, doc));
    const scroll = await attempt('scroll', errors, () => scrollFrames(page, 'whole length'));
    const briskScroll = await attempt('brisk scroll', errors, () => scrollFrames(page, 'brisk'));
    const edge = await attempt('autoscroll', errors, () => autoscroll(page, doc));
    const matrixResult = await attempt('the matrix view', errors, () => matrixView(page, doc));
    const exports = await attempt('files and exports', errors, () => exportsAndFiles(page, doc, appVersion));
    return { matrix, activities, departments, rendersPerMove: renders, drops, scroll, briskScroll, autoscroll: edge, firstPaint: { coldMs, warmMs }, matrixView: matrixResult, exports, errors };
  } finally {
    await context.close();
  }
}

/**
 * The browser part of `npm run bench`: builds the app, serves it, and measures the board and the matrix view
 * in Chromium on generated matrices. Throws CannotRun when there is nothing to measure with (no build, no Chromium, no
 * server); slow figures are printed, never failed on.
 */
export async function runBrowserBench(): Promise<void> {
  const executablePath = chromiumPath();
  console.log('\nBrowser: building the app (vite build)...');
  buildApp();
  const server = await startPreview(await freePort());
  let browser: Browser | undefined;
  try {
    try {
      browser = await chromium.launch({
        executablePath,
        // As in tests/browser/playwright.config.ts: without the networking flags Chromium keeps dialling out.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      });
    } catch (error) {
      throw new CannotRun(`Chromium at ${executablePath} did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    const results: SizeResult[] = [];
    for (const [activities, departments] of SIZES) {
      console.log(`Browser: measuring ${activities} x ${departments}...`);
      results.push(await measureSize(browser, server.url, activities, departments));
    }
    console.log(`\nBoard in Chromium ${browser.version()} (built app, 1280 x 720, ${cpus().length} cores; drops: ${results[0]?.drops?.length ?? 0} per size):`);
    console.table(tableRows(results));
    console.log(`\nMatrix view, on the same pages (opens: the first, then ${results[0]?.matrixView?.opensMs.length ?? 0} more; typed letters: ${results[0]?.matrixView?.keys.length ?? 0} per size):`);
    console.table(matrixTableRows(results));
    console.log('\nFiles, exports and the departments view, on the same pages (the longest task while the view opened, and while an undo updated it):');
    console.table(exportTableRows(results));
    printTargets(results);
    const file = writeResults(results, { date: new Date().toISOString(), node: process.version, chromium: browser.version(), cores: cpus().length, appVersion });
    console.log(`\nWritten to ${file}`);
  } finally {
    await browser?.close();
    server.stop();
  }
}
