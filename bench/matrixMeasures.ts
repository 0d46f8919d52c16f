import type { Page } from '@playwright/test';
import type { RaciDocument } from '../src/domain/model';
import { readRenderCount, resetRenderCount } from '../tests/browser/renderCounter';
import {
  ACTIVITY_ROW,
  armOpen,
  GRID,
  keyCount,
  keySamples,
  MATRIX,
  MATRIX_ROW,
  nextFrame,
  openedMs,
  BRISK_SCROLL_PX_PER_SECOND,
  scrollGrid,
  scrollGridTo,
  visibleMatrixRows,
  waitForKeys,
  type DropSample,
  type ScrollResult,
} from './pageProbes';

/** Clear of the matrix's sticky header row. */
const HEADER_MARGIN_PX = 60;
/** Columns that show beside the activity column at 1280 px, so focusing a cell does not scroll sideways. */
const COLUMNS_IN_VIEW = 8;

export interface MatrixViewResult {
  /** Alt+Shift+M on the board to the first painted frame with a matrix row in view; the first open loads the view's code. */
  readonly firstOpenMs: number;
  /** The opens after the first, the code cached. */
  readonly opensMs: readonly number[];
  /** Activity rows in the page once the view has opened at the top. */
  readonly rowsRendered: number;
  /** A role's letter typed into a cell, keydown to the frame painted after the change. */
  readonly keys: readonly DropSample[];
  /** Component renders per typed letter (the matrix, the checks, the status bar). */
  readonly rendersPerKey: number;
  /** Top to bottom in 2 s, and at a person's brisk speed (pageProbes.ts). */
  readonly scroll: ScrollResult;
  readonly briskScroll: ScrollResult;
}

async function openMatrixView(page: Page): Promise<number> {
  const before = await armOpen(page, MATRIX_ROW);
  await page.keyboard.press('Alt+Shift+M');
  return openedMs(page, before);
}

async function backToBoard(page: Page): Promise<void> {
  await page.keyboard.press('Alt+Shift+B');
  await page.locator(`${GRID} ${ACTIVITY_ROW}`).first().waitFor();
  await nextFrame(page);
}

/** `count` letters typed into cells spread over the matrix, each a change (a letter toggles its role). */
async function typedLetters(page: Page, doc: RaciDocument, count: number): Promise<{ keys: DropSample[]; rendersPerKey: number }> {
  const letters = ['r', 'a', 'c', 'i'];
  let renders = 0;
  const from = await keyCount(page);
  for (let i = 0; i < count; i += 1) {
    // Scroll positions in a shuffled order (7 and `count` share no factor), so consecutive keys land far apart.
    await scrollGridTo(page, ((i * 7) % count) / Math.max(1, count - 1), MATRIX);
    // The rows near a new scroll position render a frame or two after it: wait for them, as a person would.
    let rows = await visibleMatrixRows(page, HEADER_MARGIN_PX);
    for (let frame = 0; rows.length === 0 && frame < 60; frame += 1) {
      await nextFrame(page);
      rows = await visibleMatrixRows(page, HEADER_MARGIN_PX);
    }
    const row = rows[i % Math.max(1, rows.length)];
    if (row === undefined) throw new Error('no matrix row in view, clear of the header');
    // Of the row's cells rendered now (a long matrix renders the columns near the view), one of the first few.
    const cols = await page.locator(`${MATRIX} td[data-row="${row}"][data-col]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-col')));
    const col = cols[i % Math.max(1, Math.min(COLUMNS_IN_VIEW, doc.departments.length, cols.length))];
    if (col === undefined || col === null) throw new Error(`no cell of row ${row} rendered`);
    await page.locator(`${MATRIX} td[data-row="${row}"][data-col="${col}"]`).focus();
    await nextFrame(page);
    await resetRenderCount(page);
    await page.keyboard.press(letters[i % letters.length] ?? 'r');
    await waitForKeys(page, from + i + 1);
    renders += (await readRenderCount(page)).renders;
  }
  return { keys: (await keySamples(page)).slice(from), rendersPerKey: renders / count };
}

/**
 * The matrix view beside the board, on the same page: opened from the board by its shortcut (the first time
 * and `opens` more), a letter typed into cells over its length, and scrolled top to bottom. Leaves the board showing.
 */
export async function matrixView(page: Page, doc: RaciDocument, opens = 5, keys = 30): Promise<MatrixViewResult> {
  await page.locator(`${GRID} ${ACTIVITY_ROW}`).first().waitFor();
  const firstOpenMs = await openMatrixView(page);
  const rowsRendered = await page.locator(MATRIX_ROW).count();
  const opensMs: number[] = [];
  for (let i = 0; i < opens; i += 1) {
    await backToBoard(page);
    opensMs.push(await openMatrixView(page));
  }
  const typed = await typedLetters(page, doc, keys);
  await scrollGridTo(page, 0, MATRIX);
  const scroll = await scrollGrid(page, 2000, MATRIX);
  await scrollGridTo(page, 0, MATRIX);
  const briskScroll = await scrollGrid(page, 2000, MATRIX, BRISK_SCROLL_PX_PER_SECOND);
  await backToBoard(page);
  return { firstOpenMs, opensMs, rowsRendered, ...typed, scroll, briskScroll };
}
