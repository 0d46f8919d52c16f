import { expect, test as base, type BrowserContext } from '@playwright/test';

/**
 * What every browser test watches, whichever page or browser profile it opens: a request to another
 * origin (the app promises none), a Content-Security-Policy violation (the built app allows nothing but
 * itself) and an error in the console or an uncaught exception. Each must stay at zero, checked after
 * every test; a test that provokes an error on purpose names it in `expectedConsoleErrors`.
 */
interface Watched {
  readonly foreignRequests: string[];
  readonly cspViolations: string[];
  readonly consoleErrors: string[];
}

const watched: Watched = { foreignRequests: [], cspViolations: [], consoleErrors: [] };
const watchedContexts = new WeakSet<BrowserContext>();
let appOrigin = 'http://127.0.0.1';

function reset(): void {
  for (const list of Object.values(watched)) list.length = 0;
}

async function watch(context: BrowserContext): Promise<void> {
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== appOrigin && !['data:', 'blob:'].includes(url.protocol)) watched.foreignRequests.push(request.url());
  });
  context.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  context.on('weberror', (error) => watched.consoleErrors.push(String(error.error())));
  // A binding survives reloads and new pages of the context; the event fires in the page that broke the policy.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    watched.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
}

export const test = base.extend<{ expectedConsoleErrors: readonly RegExp[]; watchEverything: void }, { watchNewContexts: void }>({
  expectedConsoleErrors: [[], { option: true }],
  // Profiles a test opens itself (a second browser, a tablet with touch) are watched like the default one.
  watchNewContexts: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await watch(context);
        return context;
      };
      await use();
    },
    { scope: 'worker', auto: true },
  ],
  context: async ({ context }, use) => {
    await watch(context);
    await use(context);
  },
  // Playwright starts intercepting file choosers only once a test waits for one, and tells the browser so
  // beside the click or key that opens it: on a busy machine the key could come first, the chooser then
  // opened natively (nothing, in a headless browser) and the wait ran to the test's limit (once in a
  // round, 15 minutes). Intercepting from the first moment leaves no race; tests still wait for choosers.
  page: async ({ page }, use) => {
    page.on('filechooser', () => undefined);
    await use(page);
  },
  watchEverything: [
    async ({ expectedConsoleErrors, baseURL }, use) => {
      appOrigin = new URL(baseURL ?? appOrigin).origin;
      reset();
      await use();
      const unexpected = watched.consoleErrors.filter((text) => !expectedConsoleErrors.some((pattern) => pattern.test(text)));
      expect.soft(watched.foreignRequests, 'requests to another origin').toEqual([]);
      expect.soft(watched.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect.soft(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
