import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { RaciDocument } from '../src/domain/model';
import { serializeWorkshop } from '../src/format/serializeWorkshop';
import { ACTIVE_WORKSHOP_KEY, workshopKey } from '../src/store/workshopSlots';
import { readRenderCount, resetRenderCount } from '../tests/browser/renderCounter';
import {
  ACTIVITY_ROW,
  armAutoscroll,
  BRISK_SCROLL_PX_PER_SECOND,
  autoscrollResult,
  clearDrops,
  dropCount,
  dropSamples,
  firstPaintMs,
  GRID,
  nextFrame,
  scrollGrid,
  scrollGridTo,
  visibleActivityIds,
  waitForDrops,
  type AutoscrollResult,
  type DropSample,
  type ScrollResult,
} from './pageProbes';

const ROLES = ['Responsible', 'Accountable', 'Consulted', 'Informed'] as const;
/** Clear of the grid's sticky header and of the board's 80 px autoscroll bands at the top and bottom. */
const SAFE_MARGIN_PX = 100;
/** The band of src/features/board/useEdgeAutoScroll.ts where a held chip scrolls the grid. */
const AUTOSCROLL_BAND_PX = 80;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box on screen`);
  return box;
}

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

const paletteChip = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Departments' }).getByRole('button', { name, exact: true });

const cell = (page: Page, activity: string, role: string) =>
  page.getByRole('group', { name: `${activity}, ${role}`, exact: true });

/**
 * Opens `doc` as a person reopens a stored workshop: it sits in localStorage as the last one open (written
 * from a page of the same origin before the app ever runs), then the app starts. Returns the first paint of
 * the first start (empty HTTP cache) and of a reload (cached files, the usual case in a workshop).
 */
export async function openStoredWorkshop(context: BrowserContext, url: string, doc: RaciDocument, appVersion: string) {
  const page = await context.newPage();
  const text = serializeWorkshop(doc, { savedAt: new Date().toISOString(), appVersion });
  await page.goto(`${url}/favicon.svg`);
  await page.evaluate(
    ([key, activeKey, body]) => {
      localStorage.clear();
      sessionStorage.clear();
      localStorage.setItem(key, body);
      localStorage.setItem(activeKey, 'bench');
    },
    [workshopKey('bench'), ACTIVE_WORKSHOP_KEY, text] as const,
  );
  await page.goto(`${url}/`);
  const coldMs = await firstPaintMs(page);
  await page.reload();
  const warmMs = await firstPaintMs(page);
  const shown = await page.locator(ACTIVITY_ROW).count();
  if (shown === 0) throw new Error('the stored workshop did not open: no activity rows');
  return { page, coldMs, warmMs };
}

export interface GridBox extends Box {
  /** The band of the grid where a held chip neither scrolls the grid nor sits under its header. */
  readonly safeTop: number;
  readonly safeBottom: number;
}

export async function gridBox(page: Page): Promise<GridBox> {
  const box = await boxOf(page.locator(GRID));
  return { ...box, safeTop: box.y + SAFE_MARGIN_PX, safeBottom: box.y + box.height - SAFE_MARGIN_PX };
}

/**
 * Presses a palette chip and moves far enough to start the drag (the mouse sensor wants 5 px), then slides
 * down the palette to `y`: outside the grid, so the board's edge autoscroll is not set off on the way.
 */
async function pickUp(page: Page, department: string, y: number): Promise<void> {
  const chip = paletteChip(page, department);
  await chip.scrollIntoViewIfNeeded();
  const start = centre(await boxOf(chip));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 6, { steps: 3 });
  await page.mouse.move(start.x + 12, y, { steps: 6 });
  await nextFrame(page);
}

/** Releases over the cell and waits until the probe has timed the drop. */
async function dropOn(page: Page, target: Locator): Promise<void> {
  const end = centre(await boxOf(target));
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await nextFrame(page);
  const before = await dropCount(page);
  await page.mouse.up();
  await waitForDrops(page, before + 1);
  // dnd-kit swallows clicks for 50 ms after a drop; the next press must not land in that window.
  await page.waitForTimeout(80);
}

/** An activity row with its middle inside the safe band, picked by `index` among those visible. */
async function visibleActivityId(page: Page, index: number): Promise<string> {
  const ids = await visibleActivityIds(page, SAFE_MARGIN_PX);
  const id = ids[index % Math.max(1, ids.length)];
  if (!id) throw new Error('no activity row inside the grid, clear of its edges');
  return id;
}

async function visibleActivity(page: Page, doc: RaciDocument, index: number): Promise<string> {
  const id = await visibleActivityId(page, index);
  const name = doc.activities.find((a) => a.id === id)?.name;
  if (!name) throw new Error(`no activity ${id} in the document`);
  return name;
}

/** Component renders per pointer move while a chip is held over the grid, one move per frame. */
export async function rendersPerMove(page: Page, doc: RaciDocument, moves = 60): Promise<number> {
  await scrollGridTo(page, 0);
  const grid = await gridBox(page);
  const department = doc.departments[0]?.name ?? 'Department 1';
  await pickUp(page, department, (grid.safeTop + grid.safeBottom) / 2);
  await nextFrame(page);
  await resetRenderCount(page);
  // A zig-zag over the lanes (the right three quarters of the grid), down through the safe band.
  const left = grid.x + grid.width * 0.25;
  const right = grid.x + grid.width - 20;
  for (let i = 0; i < moves; i += 1) {
    const sweep = (i % 15) / 14;
    const x = Math.floor(i / 15) % 2 === 0 ? left + (right - left) * sweep : right - (right - left) * sweep;
    const y = grid.safeTop + ((grid.safeBottom - grid.safeTop) * i) / Math.max(1, moves - 1);
    await page.mouse.move(x, y);
    await nextFrame(page);
  }
  await nextFrame(page);
  const { renders } = await readRenderCount(page);
  await dropOn(page, cell(page, await visibleActivity(page, doc, 0), 'Consulted'));
  return renders / moves;
}

/** ~`count` palette drops onto cells spread over the matrix: release to painted frame, in ms. */
export async function dropTimes(page: Page, doc: RaciDocument, count = 30): Promise<DropSample[]> {
  await clearDrops(page);
  const departments = doc.departments.slice(0, 8);
  // Every drop places a chip: a department already in the cell would be "nothing changed", a cheaper drop.
  const placed = new Set(doc.assignments.map((a) => `${a.activityId} ${a.departmentId} ${a.role}`));
  for (let i = 0; i < count; i += 1) {
    // Scroll positions in a shuffled order (7 and 30 share no factor), so consecutive drops land far apart.
    await scrollGridTo(page, ((i * 7) % count) / Math.max(1, count - 1));
    const activityId = await visibleActivityId(page, i);
    const activity = doc.activities.find((a) => a.id === activityId)?.name ?? '';
    const role = ROLES[i % ROLES.length] ?? 'Responsible';
    const roleKey = role.charAt(0);
    const department = [...departments.slice(i % departments.length), ...departments].find((d) => !placed.has(`${activityId} ${d.id} ${roleKey}`));
    if (!department) throw new Error(`every department is already ${role} for ${activity}`);
    placed.add(`${activityId} ${department.id} ${roleKey}`);
    const target = cell(page, activity, role);
    // Down the palette to the cell's height first, then along its row: the chip never crosses an edge band.
    await pickUp(page, department.name, centre(await boxOf(target)).y);
    await dropOn(page, target);
  }
  return dropSamples(page);
}

/** The board's grid scrolled from its top: the whole length in `durationMs`, or at a person's brisk speed. */
export async function scrollFrames(page: Page, speed: 'whole length' | 'brisk', durationMs = 2000): Promise<ScrollResult> {
  await scrollGridTo(page, 0);
  return scrollGrid(page, durationMs, undefined, speed === 'brisk' ? BRISK_SCROLL_PX_PER_SECOND : undefined);
}

/** Holds a chip still just inside the grid's bottom edge and watches the board scroll by itself. */
export async function autoscroll(page: Page, doc: RaciDocument, capMs = 8000): Promise<AutoscrollResult> {
  await scrollGridTo(page, 0);
  const grid = await gridBox(page);
  const bottom = grid.y + grid.height - 4;
  await pickUp(page, doc.departments[1]?.name ?? 'Department 2', bottom);
  await armAutoscroll(page, capMs, AUTOSCROLL_BAND_PX);
  await page.mouse.move(grid.x + grid.width / 2, bottom, { steps: 6 });
  const result = await autoscrollResult(page);
  // Cancel rather than drop: whatever the chip is over by now is of no interest.
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await page.waitForTimeout(80);
  return result;
}
