import type { Page } from '@playwright/test';

/** The board's scroll frame: the grid of activities x role lanes. */
export const GRID = '.grid';
/** An activity row of the board; the first visible one is what "the board is there" means. */
export const ACTIVITY_ROW = '[role="row"][data-activity]';
/** The matrix view's scroll frame, and an activity row of it. */
export const MATRIX = '.matrix';
export const MATRIX_ROW = '.matrix tr[data-activity]';

export interface DropSample {
  /** Release to the frame after the drop's last commit was painted. */
  readonly ms: number;
  /** Commits between the release and that frame (0: the drop changed nothing on screen). */
  readonly commits: number;
}

export interface ScrollResult {
  readonly frames: number;
  readonly seconds: number;
  readonly worstFrameMs: number;
  readonly scrolledPx: number;
}

export interface AutoscrollResult {
  readonly scrolledPx: number;
  readonly seconds: number;
  /** Undefined when the bottom was not reached within the cap, or there was nothing to scroll. */
  readonly toBottomSeconds: number | undefined;
  readonly maxScrollPx: number;
}

/**
 * In-page probes, installed before the app loads. A string for the same reason as renderCounterScript (a
 * name-keeping loader breaks functions sent to the page). Times are `performance.now()`, which counts from
 * navigation start. "After paint" is a requestAnimationFrame followed by a MessageChannel task: the task
 * runs once the frame the rAF belonged to has been rendered.
 */
export const pageProbeScript = `(() => {
  const GRID = ${JSON.stringify(GRID)};
  const ROW = ${JSON.stringify(ACTIVITY_ROW)};
  const bench = { firstPaint: null, drops: [] };
  window.__BENCH__ = bench;
  const commits = () => (window.__RENDER_COUNTER__ ? window.__RENDER_COUNTER__.commits : 0);
  const afterPaint = (then) => requestAnimationFrame(() => {
    const atFrame = commits();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(atFrame);
    channel.port2.postMessage(null);
  });

  // First paint of the board: the first frame painted after an activity row is in the viewport.
  const seesRow = (selector = ROW) => {
    const row = document.querySelector(selector);
    if (!row) return false;
    const box = row.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0;
  };
  const rowObserver = new MutationObserver(() => {
    if (!seesRow()) return;
    rowObserver.disconnect();
    afterPaint(() => { bench.firstPaint = performance.now(); });
  });
  rowObserver.observe(document, { childList: true, subtree: true });

  // From start to the frame after the last commit it caused: a commit that lands after the frame started
  // means one more frame to wait; one that has not come yet gets up to a second.
  const timeToPaint = (start, then) => {
    const before = commits();
    const wait = () => afterPaint((atFrame) => {
      const now = performance.now();
      const waiting = commits() !== atFrame || (atFrame === before && now - start < 1000);
      if (waiting) { wait(); return; }
      then({ ms: now - start, commits: commits() - before });
    });
    wait();
  };

  // A drop: release (the sensor listens to mouseup on the document; capture on window comes first) to the
  // frame after its commit.
  let pending = false;
  const onRelease = () => {
    if (pending) return;
    pending = true;
    timeToPaint(performance.now(), (sample) => {
      bench.drops.push(sample);
      pending = false;
    });
  };
  window.addEventListener('pointerup', onRelease, true);
  window.addEventListener('mouseup', onRelease, true);

  // A letter typed into a matrix cell (capture on window runs before React's listener): keydown to the
  // frame after the change's commit.
  bench.keys = [];
  window.addEventListener('keydown', (event) => {
    const inCell = event.target instanceof Element && event.target.closest('td[data-row]') !== null;
    if (!inCell || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    timeToPaint(performance.now(), (sample) => bench.keys.push(sample));
  }, true);

  // Opening a view by its shortcut: the next keydown to the first frame painted with a row of it in view.
  bench.opens = [];
  bench.armOpen = (selector) => {
    window.addEventListener('keydown', () => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (!seesRow(selector)) return;
        observer.disconnect();
        afterPaint(() => bench.opens.push(performance.now() - start));
      });
      observer.observe(document, { childList: true, subtree: true });
    }, { capture: true, once: true });
  };

  const grid = (selector = GRID) => {
    const frame = document.querySelector(selector);
    if (!frame) throw new Error('no ' + selector + ' on the page');
    return frame;
  };

  // Scrolls a frame (the board's grid unless another is named) one step per animation frame, timing the
  // frames: from top to bottom over durationMs, or, given a speed, at that speed for at most durationMs.
  bench.scroll = (durationMs, selector, pxPerSecond) => new Promise((resolve) => {
    const frame = grid(selector);
    frame.scrollTop = 0;
    const whole = frame.scrollHeight - frame.clientHeight;
    const distance = pxPerSecond ? Math.min(whole, (pxPerSecond * durationMs) / 1000) : whole;
    if (pxPerSecond) durationMs = (distance / pxPerSecond) * 1000;
    let start = 0, last = 0, frames = 0, worst = 0;
    const step = (now) => {
      if (start === 0) { start = now; last = now; }
      else { frames += 1; worst = Math.max(worst, now - last); last = now; }
      const progress = Math.min(1, (now - start) / durationMs);
      frame.scrollTop = distance * progress;
      if (now - start < durationMs) { requestAnimationFrame(step); return; }
      resolve({ frames, seconds: (last - start) / 1000, worstFrameMs: worst, scrolledPx: frame.scrollTop });
    };
    requestAnimationFrame(step);
  });

  // Arms a watch of the board's own edge autoscroll: the clock starts when the pointer first enters the
  // grid's bottom band (80 px, as in useEdgeAutoScroll) and stops at the bottom, or after capMs.
  bench.armAutoscroll = (capMs, bandPx) => {
    bench.autoscrollDone = new Promise((resolve) => {
      const frame = grid();
      const onMove = (event) => {
        const box = frame.getBoundingClientRect();
        const inBand = event.clientX >= box.left && event.clientX <= box.right && event.clientY > box.bottom - bandPx && event.clientY <= box.bottom;
        if (!inBand) return;
        window.removeEventListener('mousemove', onMove, true);
        const start = performance.now();
        const top = frame.scrollTop;
        const max = frame.scrollHeight - frame.clientHeight;
        const step = () => {
          const elapsed = performance.now() - start;
          const atBottom = max > 0 && frame.scrollTop >= max - 1;
          if (!atBottom && elapsed < capMs) { requestAnimationFrame(step); return; }
          resolve({ scrolledPx: frame.scrollTop - top, seconds: elapsed / 1000, toBottomSeconds: atBottom ? elapsed / 1000 : undefined, maxScrollPx: max });
        };
        requestAnimationFrame(step);
      };
      window.addEventListener('mousemove', onMove, true);
    });
  };

  // The ids of the activity rows whose middle (where the bench points at their cells) is clear of the grid's
  // top and bottom by marginPx (the sticky header and the autoscroll bands): a pointer held there neither
  // misses nor scrolls. Rows grow with their chips, so a whole row often does not fit in that band.
  bench.visibleActivities = (marginPx) => {
    const box = grid().getBoundingClientRect();
    return [...document.querySelectorAll(ROW)]
      .filter((row) => {
        const r = row.getBoundingClientRect();
        const middle = r.top + r.height / 2;
        return middle >= box.top + marginPx && middle <= box.bottom - marginPx;
      })
      .map((row) => row.getAttribute('data-activity'));
  };
  // Waits in the page, polled per frame: Playwright's waitForFunction evaluates a string, which the app's
  // Content-Security-Policy (no 'unsafe-eval') refuses.
  const until = (ready, timeoutMs) => new Promise((resolve, reject) => {
    const start = performance.now();
    const poll = () => {
      const value = ready();
      if (value !== undefined) resolve(value);
      else if (performance.now() - start > timeoutMs) reject(new Error('timed out after ' + timeoutMs + ' ms'));
      else requestAnimationFrame(poll);
    };
    poll();
  });
  bench.whenFirstPaint = (timeoutMs) => until(() => (bench.firstPaint === null ? undefined : bench.firstPaint), timeoutMs);
  bench.whenDrops = (count, timeoutMs) => until(() => (bench.drops.length >= count ? bench.drops.length : undefined), timeoutMs);
  bench.whenKeys = (count, timeoutMs) => until(() => (bench.keys.length >= count ? bench.keys.length : undefined), timeoutMs);
  bench.whenOpened = (count, timeoutMs) => until(() => bench.opens[count - 1], timeoutMs);
  // The rows of the matrix whose middle is clear of its frame's top (the sticky header) and bottom.
  bench.visibleMatrixRows = (marginPx) => {
    const box = grid(${JSON.stringify(MATRIX)}).getBoundingClientRect();
    // Any cell of a row will do: a long matrix renders only the columns near the view, not always the first.
    const rows = [...document.querySelectorAll('td[data-row]')]
      .filter((cell) => {
        const r = cell.getBoundingClientRect();
        const middle = r.top + r.height / 2;
        return middle >= box.top + marginPx && middle <= box.bottom - marginPx / 2;
      })
      .map((cell) => Number(cell.getAttribute('data-row')));
    return [...new Set(rows)];
  };
  bench.scrollGridTo = (fraction, selector) => {
    const frame = grid(selector);
    frame.scrollTop = (frame.scrollHeight - frame.clientHeight) * fraction;
    return new Promise((resolve) => afterPaint(() => resolve(null)));
  };
})();`;

/** The next painted frame in the page: lets what a move or scroll started settle before the next step. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

const WAIT_MS = 20_000;

export async function firstPaintMs(page: Page): Promise<number> {
  return page.evaluate<number>(`window.__BENCH__.whenFirstPaint(${WAIT_MS})`);
}

export async function dropCount(page: Page): Promise<number> {
  return page.evaluate<number>('window.__BENCH__.drops.length');
}

export async function waitForDrops(page: Page, count: number): Promise<void> {
  await page.evaluate(`window.__BENCH__.whenDrops(${count}, ${WAIT_MS})`);
}

export async function dropSamples(page: Page): Promise<DropSample[]> {
  return page.evaluate<DropSample[]>('window.__BENCH__.drops');
}

export async function clearDrops(page: Page): Promise<void> {
  await page.evaluate('window.__BENCH__.drops = []');
}

/**
 * A brisk scroll by a person: a mouse wheel spun fast, or a quick swipe on a trackpad. Scrolling the whole
 * length in a fixed time instead asks far more of a long matrix than of a short one: 1,000 rows in 2 s is
 * about 30,000 px a second, a new screenful of rows on every frame.
 */
export const BRISK_SCROLL_PX_PER_SECOND = 3000;

/** Scrolls the frame from its top: the whole length over `durationMs`, or at `pxPerSecond` for at most that long. */
export async function scrollGrid(page: Page, durationMs: number, frame = GRID, pxPerSecond?: number): Promise<ScrollResult> {
  return page.evaluate<ScrollResult>(`window.__BENCH__.scroll(${durationMs}, ${JSON.stringify(frame)}, ${pxPerSecond ?? 0})`);
}

/** Starts watching the grid's autoscroll; the clock runs from the pointer's entry into the bottom band. */
export async function armAutoscroll(page: Page, capMs: number, bandPx: number): Promise<void> {
  await page.evaluate(`window.__BENCH__.armAutoscroll(${capMs}, ${bandPx})`);
}

/** What the armed watch saw: at the bottom, or at the cap. */
export async function autoscrollResult(page: Page): Promise<AutoscrollResult> {
  return page.evaluate<AutoscrollResult>('window.__BENCH__.autoscrollDone');
}

export async function visibleActivityIds(page: Page, marginPx: number): Promise<string[]> {
  return page.evaluate<string[]>(`window.__BENCH__.visibleActivities(${marginPx})`);
}

export async function scrollGridTo(page: Page, fraction: number, frame = GRID): Promise<void> {
  await page.evaluate(`window.__BENCH__.scrollGridTo(${fraction}, ${JSON.stringify(frame)})`);
}

export async function keyCount(page: Page): Promise<number> {
  return page.evaluate<number>('window.__BENCH__.keys.length');
}

export async function waitForKeys(page: Page, count: number): Promise<void> {
  await page.evaluate(`window.__BENCH__.whenKeys(${count}, ${WAIT_MS})`);
}

export async function keySamples(page: Page): Promise<DropSample[]> {
  return page.evaluate<DropSample[]>('window.__BENCH__.keys');
}

/** Starts the clock at the next keydown; `openedMs` then waits for a row of `row` in view, painted. */
export async function armOpen(page: Page, row: string): Promise<number> {
  return page.evaluate<number>(`(window.__BENCH__.armOpen(${JSON.stringify(row)}), window.__BENCH__.opens.length)`);
}

export async function openedMs(page: Page, before: number): Promise<number> {
  return page.evaluate<number>(`window.__BENCH__.whenOpened(${before + 1}, ${WAIT_MS})`);
}

export async function visibleMatrixRows(page: Page, marginPx: number): Promise<number[]> {
  return page.evaluate<number[]>(`window.__BENCH__.visibleMatrixRows(${marginPx})`);
}
