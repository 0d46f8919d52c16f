// The one test command: lint (architecture rules included), types, unit and component tests, the build,
// the supply-chain audit, the start-up budget and the browser tests against the built app. Ends with the plain line
// "N passed, N failed", also written to test-results/summary.txt for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './find-chromium.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

/**
 * Supply chain: no advisory at high or critical for what the app ships (runtime dependencies). npm asks the
 * registry's advisory service; where that service cannot be reached (a registry mirror that only serves
 * packages), the step says so plainly and is not counted, rather than pass or fail on no answer.
 */
function auditRuntimeDependencies() {
  console.log('\n=== Supply chain: npm audit --omit=dev --audit-level=high');
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message ?? (result.stderr || result.error?.message || 'no answer').trim().split('\n')[0];
    console.log(`npm audit could not ask the advisory service (${reason}); not counted.`);
    return;
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`);
  check('npm audit: no high or critical advisory', serious === 0);
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += report.numPassedTests ?? 0;
  results.failed += report.numFailedTests ?? 0;
  if ((report.numFailedTests ?? 0) > 0) failures.push(`${report.numFailedTests} unit/component test(s)`);
  // A suite that fails to load has no tests to count; it must still fail the run.
  const brokenSuites = (report.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0);
  for (const suite of brokenSuites) check(`suite did not load: ${suite.name}`, false);
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  const failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  results.passed += stats.expected ?? 0;
  results.failed += failed;
  if (failed > 0) failures.push(`${failed} browser test(s)`);
  return true;
}

/** A port nothing listens on now, so two test runs at once (or a dev server) never clash over one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let chromium;
try {
  chromium = findChromium();
  console.log(`Chromium: ${chromium}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
}

check('lint', run('Lint and architecture rules', 'npx', ['eslint', '.']));
check('typecheck', run('Type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
auditRuntimeDependencies();
run('Unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
if (!countVitest('test-results/vitest.json')) check('vitest produced no report', false);
const built = run('Build', 'npx', ['vite', 'build']);
check('build', built);
if (built) {
  check('start-up JavaScript budget', run('Start-up budget', 'node', ['tests/tools/startup-size.mjs']));
  if (chromium) {
    const ports = { PREVIEW_PORT: String(process.env.PREVIEW_PORT ?? (await freePort())), UPDATE_SERVER_PORT: String(process.env.UPDATE_SERVER_PORT ?? (await freePort())) };
    run('Browser tests (Chromium)', 'npx', ['playwright', 'test', '-c', 'tests/browser/playwright.config.ts'], { CHROMIUM_PATH: chromium, ...ports });
    if (!countPlaywright('test-results/playwright.json')) check('browser tests produced no report', false);
  } else {
    check('browser tests (no Chromium)', false);
  }
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
const summary = `${results.passed} passed, ${results.failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(results.failed === 0 && results.passed > 0 ? 0 : 1);
