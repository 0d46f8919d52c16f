import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Read, not imported: Node's loader asks a JSON import for an attribute that Playwright's transform drops.
const chromiumPaths = JSON.parse(readFileSync(new URL('../tools/chromium-paths.json', import.meta.url), 'utf8')) as { headlessShell: string; chromium: string };

// tests/tools/test-all.mjs finds (or installs) Debian's Chromium and passes it here; no browser download.
// Run directly, the headless shell where it is installed (tests/tools/find-chromium.mjs says why).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(chromiumPaths.headlessShell) ? chromiumPaths.headlessShell : chromiumPaths.chromium);
const port = Number(process.env.PREVIEW_PORT ?? 4317);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Limits that catch a hang, never a slow machine: on 2 cores running two suites at once, axe over the
  // whole board takes tens of seconds, a whole workshop by keyboard over 90 s, and a dialog whose code
  // loads after the first paint more than Playwright's default 5 s to appear. Tests wait for what a
  // person would see; these only bound how long a wait may last.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
  outputDir: '../../test-results/playwright',
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    // The service worker caches the whole build (about 5 MB, the PDF fonts and worker included) in every
    // fresh profile: two CPU-seconds a test, a tenth of the suite, for nothing the test looks at. The specs
    // about working offline allow it again (test.use), and they prove the cached app works.
    serviceWorkers: 'block',
    // No trace while the suite runs: recording one for every test (DOM snapshots at each action, a
    // screencast) took a quarter of the room guard's CPU on 2 cores. A failure keeps its screenshot and
    // the page's accessibility snapshot (error-context.md); `--trace on` records traces for a rerun.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      // Without the networking flags Chromium keeps dialling out (updates, sync) and is refused here.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The built app, served as plain static files.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
