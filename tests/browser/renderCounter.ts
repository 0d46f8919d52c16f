import type { Page } from '@playwright/test';

/**
 * Counts React component renders in the built app, which has no profiler: a stand-in for the React DevTools
 * hook that react-dom talks to in production builds too. Add it before the app loads:
 *
 *   await page.addInitScript(renderCounterScript);
 *   await resetRenderCount(page); ...; const { renders } = await readRenderCount(page);
 *
 * A string rather than a function on purpose: Playwright sends a function as its source text, and a loader
 * that keeps function names (tsx, used by `npm run bench`) wraps inner functions in a `__name` helper the page
 * does not have.
 *
 * After each commit it walks the committed tree, comparing each fiber with its alternate (the previous
 * version). A component fiber (function 0, class 1, forwardRef 11, simple memo 15) rendered when it is new
 * (no alternate) or carries PerformedWork (flag 1). A child list shared with the alternate was not visited
 * by this render and still carries the flags of an older one, so the walk does not go into it.
 */
export const renderCounterScript = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const PERFORMED_WORK = 1;
  const counter = { renders: 0, commits: 0 };
  window.__RENDER_COUNTER__ = counter;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    onCommitFiberRoot(_id, root) {
      counter.commits += 1;
      const stack = root && root.current ? [root.current] : [];
      while (stack.length > 0) {
        const fiber = stack.pop();
        const alternate = fiber.alternate;
        if (COMPONENT_TAGS.has(fiber.tag) && (alternate === null || (fiber.flags & PERFORMED_WORK) !== 0)) counter.renders += 1;
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child && !(alternate && fiber.child === alternate.child)) stack.push(fiber.child);
      }
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})();`;

export interface RenderCount {
  /** Component renders since the last reset. */
  readonly renders: number;
  /** React commits since the last reset. */
  readonly commits: number;
}

interface CounterWindow {
  __RENDER_COUNTER__?: { renders: number; commits: number };
}

/** Starts counting from zero (say, once a drag has started and settled). */
export async function resetRenderCount(page: Page): Promise<void> {
  const installed = await page.evaluate(() => {
    const counter = (window as CounterWindow).__RENDER_COUNTER__;
    if (counter) {
      counter.renders = 0;
      counter.commits = 0;
    }
    return counter !== undefined;
  });
  if (!installed) throw new Error('The render counter is not installed: add renderCounterScript with page.addInitScript before page.goto.');
}

export async function readRenderCount(page: Page): Promise<RenderCount> {
  const count = await page.evaluate(() => {
    const counter = (window as CounterWindow).__RENDER_COUNTER__;
    return counter ? { renders: counter.renders, commits: counter.commits } : undefined;
  });
  if (!count) throw new Error('The render counter is not installed: add renderCounterScript with page.addInitScript before page.goto.');
  return count;
}
