import { mkdirSync, writeFileSync } from 'node:fs';
import type { ExportsResult } from './exportMeasures';
import type { MatrixViewResult } from './matrixMeasures';
import type { AutoscrollResult, DropSample, ScrollResult } from './pageProbes';

/** What one matrix size measured; a measurement that could not be taken is undefined, its error in `errors`. */
export interface SizeResult {
  readonly matrix: string;
  readonly activities: number;
  readonly departments: number;
  readonly rendersPerMove: number | undefined;
  readonly drops: readonly DropSample[] | undefined;
  /** Top to bottom in 2 s, and at a person's brisk speed (pageProbes.ts). */
  readonly scroll: ScrollResult | undefined;
  readonly briskScroll: ScrollResult | undefined;
  readonly autoscroll: AutoscrollResult | undefined;
  readonly firstPaint: { readonly coldMs: number; readonly warmMs: number } | undefined;
  readonly matrixView: MatrixViewResult | undefined;
  readonly exports: ExportsResult | undefined;
  readonly errors: readonly string[];
}

/** The same pick as the checks table of bench.ts: the sample at that rank of the sorted list. */
export function percentile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const dropMs = (r: SizeResult) => (r.drops ?? []).map((d) => d.ms);
const dropMedian = (r: SizeResult) => percentile(dropMs(r), 0.5);
const dropP95 = (r: SizeResult) => percentile(dropMs(r), 0.95);
const keyMs = (r: SizeResult) => (r.matrixView?.keys ?? []).map((k) => k.ms);
const keyMedian = (r: SizeResult) => percentile(keyMs(r), 0.5);
const openMedian = (r: SizeResult) => percentile(r.matrixView?.opensMs ?? [], 0.5);
const fps = (s: ScrollResult | undefined) => (s && s.seconds > 0 ? s.frames / s.seconds : undefined);
const pxPerSecond = (a: AutoscrollResult | undefined) => (a && a.seconds > 0 ? a.scrolledPx / a.seconds : undefined);

/** One decimal, or a dash for what could not be measured. */
const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));

export function tableRows(results: readonly SizeResult[]) {
  return results.map((r) => ({
    matrix: r.matrix,
    'renders/move': fixed(r.rendersPerMove),
    'drop median ms': fixed(dropMedian(r)),
    'drop p95 ms': fixed(dropP95(r)),
    drops: r.drops?.length ?? 0,
    'scroll fps': fixed(fps(r.scroll)),
    'worst frame ms': fixed(r.scroll?.worstFrameMs),
    'brisk scroll fps': fixed(fps(r.briskScroll)),
    'brisk worst frame ms': fixed(r.briskScroll?.worstFrameMs),
    'autoscroll px/s': fixed(pxPerSecond(r.autoscroll), 0),
    'to bottom s': r.autoscroll ? (r.autoscroll.toBottomSeconds === undefined ? 'not in 8 s' : r.autoscroll.toBottomSeconds.toFixed(2)) : '–',
    'first paint ms': fixed(r.firstPaint?.warmMs, 0),
    'cold start ms': fixed(r.firstPaint?.coldMs, 0),
  }));
}

/** The matrix view, measured on the same page as the board. */
export function matrixTableRows(results: readonly SizeResult[]) {
  return results.map((r) => ({
    matrix: r.matrix,
    'rows rendered': r.matrixView?.rowsRendered ?? '–',
    'first open ms': fixed(r.matrixView?.firstOpenMs, 0),
    'open median ms': fixed(openMedian(r), 0),
    'key median ms': fixed(keyMedian(r)),
    'key p95 ms': fixed(percentile(keyMs(r), 0.95)),
    'renders/key': fixed(r.matrixView?.rendersPerKey),
    'scroll fps': fixed(fps(r.matrixView?.scroll)),
    'worst frame ms': fixed(r.matrixView?.scroll.worstFrameMs),
    'brisk scroll fps': fixed(fps(r.matrixView?.briskScroll)),
    'brisk worst frame ms': fixed(r.matrixView?.briskScroll.worstFrameMs),
  }));
}

/** Files, exports and the departments view, measured on the same pages. */
export function exportTableRows(results: readonly SizeResult[]) {
  return results.map((r) => ({
    matrix: r.matrix,
    'open file ms': fixed(r.exports?.openFileMs, 0),
    'XLSX ms': fixed(r.exports?.xlsxMs, 0),
    'PNG ms': fixed(r.exports?.pngMs, 0),
    'PNG drawn at': pngSize(r),
    'departments open: longest task ms': fixed(r.exports?.departmentsOpenLongestMs, 0),
    'departments update: longest task ms': fixed(r.exports?.departmentsUpdateLongestMs, 0),
  }));
}

/** "full size" or the share of the screen's size the status bar said the picture was drawn at. */
const pngSize = (r: SizeResult) => {
  if (!r.exports) return '–';
  return /drawn at (\d+)%/.exec(r.exports.pngSaid)?.[1]?.concat('% of the screen') ?? 'full size or more';
};

const cells = (r: SizeResult) => r.activities * r.departments;

/** `value` of the largest size against 200 x 30: grows no faster than the matrix's cells. */
function growth(all: readonly SizeResult[], r: SizeResult, value: (s: SizeResult) => number | undefined): { figure: string; met: boolean } | undefined {
  const base = all.find((s) => s.activities === 200);
  if (r.activities !== 1000 || !base) return undefined;
  const [large, small] = [value(r), value(base)];
  if (large === undefined || small === undefined || small === 0) return undefined;
  const timesSlower = large / small;
  const timesLarger = cells(r) / cells(base);
  return { figure: `${timesSlower.toFixed(1)}x the time of 200 x 30 for ${timesLarger.toFixed(1)}x the cells`, met: timesSlower <= timesLarger };
}

/** `value` of the largest size within `factor` of the template's size. */
function within(all: readonly SizeResult[], r: SizeResult, value: (s: SizeResult) => number | undefined, factor: number, of: number) {
  const base = all.find((s) => s.activities === 22);
  const [large, small] = [value(r), base ? value(base) : undefined];
  if (r.activities !== of || large === undefined || small === undefined || small === 0) return undefined;
  return { figure: `${(large / small).toFixed(2)}x`, met: large <= factor * small };
}

interface Target {
  readonly goal: string;
  /** Per size: the figure in words and whether it meets the goal; undefined when not measured. */
  readonly judge: (r: SizeResult, all: readonly SizeResult[]) => { figure: string; met: boolean } | undefined;
}

const atMost = (value: number | undefined, limit: number, unit: string, digits = 1) =>
  value === undefined ? undefined : { figure: `${value.toFixed(digits)}${unit}`, met: value <= limit };

const atLeastFps = (value: number | undefined) => (value === undefined ? undefined : { figure: `${value.toFixed(1)} fps`, met: value >= 55 });

/** The targets of the performance issue, judged per size; the bench reports them and never fails on them. */
const targets: Target[] = [
  { goal: 'renders per pointer move <= 30', judge: (r) => atMost(r.rendersPerMove, 30, '') },
  { goal: 'drop to painted frame, median <= 16 ms', judge: (r) => atMost(dropMedian(r), 16, ' ms') },
  { goal: 'drop to painted frame, p95 <= 33 ms', judge: (r) => atMost(dropP95(r), 33, ' ms') },
  { goal: 'drop median of 200 x 30 within 1.3x of 22 x 10', judge: (r, all) => within(all, r, dropMedian, 1.3, 200) },
  { goal: 'drop median of 1000 x 60 within 1.3x of 22 x 10', judge: (r, all) => within(all, r, dropMedian, 1.3, 1000) },
  { goal: 'scroll, top to bottom in 2 s, >= 55 fps', judge: (r) => atLeastFps(fps(r.scroll)) },
  { goal: 'scroll at a brisk 3,000 px/s >= 55 fps', judge: (r) => atLeastFps(fps(r.briskScroll)) },
  {
    goal: 'autoscroll crosses 200 rows in <= 3 s (200 x 30: time to the bottom)',
    judge: (r) => {
      if (r.activities !== 200 || !r.autoscroll) return undefined;
      const seconds = r.autoscroll.toBottomSeconds;
      return seconds === undefined ? { figure: `not at the bottom after ${r.autoscroll.seconds.toFixed(1)} s`, met: false } : atMost(seconds, 3, ' s', 2);
    },
  },
  { goal: 'matrix view: opens in < 300 ms (median, code cached)', judge: (r) => (r.activities === 100 ? undefined : atMost(openMedian(r), 300, ' ms', 0)) },
  { goal: 'matrix view: a typed letter painted within two frames, median <= 33 ms', judge: (r) => atMost(keyMedian(r), 33, ' ms') },
  { goal: 'matrix view: typed letter median of 200 x 30 within 1.5x of 22 x 10', judge: (r, all) => within(all, r, keyMedian, 1.5, 200) },
  { goal: 'matrix view: typed letter median of 1000 x 60 within 1.3x of 22 x 10', judge: (r, all) => within(all, r, keyMedian, 1.3, 1000) },
  { goal: 'matrix view: scroll, top to bottom in 2 s, >= 55 fps', judge: (r) => atLeastFps(fps(r.matrixView?.scroll)) },
  { goal: 'matrix view: scroll at a brisk 3,000 px/s >= 55 fps', judge: (r) => atLeastFps(fps(r.matrixView?.briskScroll)) },
  {
    goal: 'first paint of a stored workshop < 500 ms (reload)',
    judge: (r) => (r.firstPaint ? { figure: `${r.firstPaint.warmMs.toFixed(0)} ms`, met: r.firstPaint.warmMs < 500 } : undefined),
  },
  { goal: 'Export PNG of 200 x 30 < 3 s', judge: (r) => (r.activities === 200 ? atMost(r.exports?.pngMs, 3000, ' ms', 0) : undefined) },
  { goal: 'departments view of 200 x 30: no task over 50 ms opening it', judge: (r) => (r.activities === 200 ? atMost(r.exports?.departmentsOpenLongestMs, 50, ' ms', 0) : undefined) },
  { goal: 'departments view of 200 x 30: no task over 50 ms updating it', judge: (r) => (r.activities === 200 ? atMost(r.exports?.departmentsUpdateLongestMs, 50, ' ms', 0) : undefined) },
  { goal: 'opening a file grows no faster than the matrix', judge: (r, all) => growth(all, r, (s) => s.exports?.openFileMs) },
  { goal: 'Export XLSX grows no faster than the matrix', judge: (r, all) => growth(all, r, (s) => s.exports?.xlsxMs) },
  { goal: 'Export PNG grows no faster than the matrix', judge: (r, all) => growth(all, r, (s) => s.exports?.pngMs) },
];

export function judgeTargets(results: readonly SizeResult[]) {
  return targets.map(({ goal, judge }) => ({
    goal,
    sizes: results.flatMap((r) => {
      const verdict = judge(r, results);
      return verdict ? [{ matrix: r.matrix, ...verdict }] : [];
    }),
  }));
}

export function printTargets(results: readonly SizeResult[]): void {
  console.log('\nTargets from the issue (reported, never enforced):');
  for (const { goal, sizes } of judgeTargets(results)) {
    const figures = sizes.map((s) => `${s.matrix}: ${s.figure} ${s.met ? 'met' : 'MISSED'}`).join('; ');
    console.log(`  ${goal}: ${figures || 'not measured'}`);
  }
  for (const r of results) {
    for (const error of r.errors) console.log(`  ${r.matrix}: could not measure ${error}`);
  }
}

/** Writes bench/results/browser-<time>.json (ignored by git; the folder is kept by its .gitkeep). */
export function writeResults(results: readonly SizeResult[], meta: Record<string, string | number>): string {
  const folder = new URL('./results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = new URL(`browser-${stamp}.json`, folder);
  const body = { ...meta, table: tableRows(results), matrixTable: matrixTableRows(results), exportTable: exportTableRows(results), targets: judgeTargets(results), results };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file.pathname;
}
