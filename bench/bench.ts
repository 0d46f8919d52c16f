import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { charterContent } from '../src/charter/charterContent';
import { renderCharterPdf } from '../src/charter/renderCharterPdf';
import { nodeCharterFonts } from '../src/cli/nodeCharterFonts';
import { assign } from '../src/domain/assignmentEdits';
import { checkDocument, checkMatrix } from '../src/domain/checks/checkDocument';
import type { Assignment, RaciDocument } from '../src/domain/model';
import { createSocialMediaWorkshop } from '../src/domain/templates/socialMedia';
import { CannotRun, runBrowserBench } from './browserBench';
import { generateMatrix } from './generateMatrix';
import { benchFiles } from './fileBench';
import { benchSheetImport } from './sheetImportBench';

/** Runs `work` for about `budgetMs` after a warm-up and returns the median and 95th percentile, in ms. */
function measure(work: () => unknown, budgetMs = 1000): { median: number; p95: number; runs: number } {
  for (let i = 0; i < 50; i += 1) work();
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < budgetMs || times.length < 30) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs: times.length };
}

/** A cell in the middle row that the first department does not hold yet: a drop that changes the matrix. */
function placeableCell(doc: RaciDocument): Assignment {
  const activityId = doc.activities[Math.floor(doc.activities.length / 2)]?.id ?? '';
  const departmentId = doc.departments[0]?.id ?? '';
  const role = ['C', 'I', 'R', 'A'].find((r) => !doc.assignments.some((a) => a.activityId === activityId && a.departmentId === departmentId && a.role === r)) ?? 'C';
  return { activityId, departmentId, role };
}

/** The template's size, a large company's, and a group's: every figure is taken at each. */
const sizes: [number, number][] = [[22, 10], [100, 20], [200, 30], [1000, 60]];
const rows = sizes.map(([activities, departments]) => {
  const doc = generateMatrix(activities, departments);
  const report = checkDocument(doc);
  const { median, p95, runs } = measure(() => checkDocument(doc));
  // What the board checks after a drop: the new version, read from the last one checked.
  const checked = checkMatrix(doc);
  const dropped = assign(doc, placeableCell(doc));
  const afterDrop = measure(() => checkMatrix(dropped, checked));
  return {
    matrix: `${activities} x ${departments}`,
    assignments: doc.assignments.length,
    findings: report.findings.length,
    'median ms': median.toFixed(3),
    'p95 ms': p95.toFixed(3),
    runs,
    'after a drop, median ms': afterDrop.median.toFixed(3),
  };
});

console.log(`Checks on generated matrices (checkDocument, the whole matrix; and after a drop, checkMatrix from the last version), Node ${process.version}:`);
console.table(rows);

console.log('\nFiles: opening one (the codec, as Open and a reload read it), saving one, and Share (the link, refused when too long for a browser), median of 7:');
console.table(await benchFiles(sizes));

console.log('\nImport spreadsheet: from the bytes to the preview’s reading (median of 5), a company sheet with a legend, codes and dashes:');
console.table(await benchSheetImport());

// The PDF: each export from scratch (content, layout, font embedding), a few runs each, as a user waits for it.
const fonts = await nodeCharterFonts();
const cases: [string, ReturnType<typeof generateMatrix>][] = [
  ['template (22 x 10)', createSocialMediaWorkshop('2026-11-22')],
  ['100 x 20', generateMatrix(100, 20)],
  ['200 x 30', generateMatrix(200, 30)],
  ['1000 x 60', generateMatrix(1000, 60)],
];
const pdfRows = [];
for (const [name, doc] of cases) {
  // Letter beside A4: the same matrix turns and shares its columns differently on each paper.
  for (const paper of ['a4', 'letter'] as const) {
    const exportOnce = () => renderCharterPdf(charterContent(doc, '2026-11-22'), { fonts, paper });
    await exportOnce();
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < 5; run += 1) {
      const t0 = performance.now();
      size = (await exportOnce()).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    pdfRows.push({ charter: name, paper: paper === 'a4' ? 'A4' : 'Letter', 'median ms': (times[2] ?? 0).toFixed(0), 'slowest ms': (times[4] ?? 0).toFixed(0), 'file KB': (size / 1024).toFixed(0) });
  }
}
console.log('\nPDF charter export (renderCharterPdf, compressed, fonts subset, hyphenation patterns loaded), 5 runs each:');
console.table(pdfRows);

// The command line as installed: the built file, from start-up to exit, judging the template once.
const root = fileURLToPath(new URL('..', import.meta.url));
const builtCli = fileURLToPath(new URL('../dist-cli/raci-workshop.js', import.meta.url));
if (!existsSync(builtCli)) {
  console.log('\nBuilding the command line first (dist-cli/ is missing):');
  if (spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('The command line did not build.');
}
const template = fileURLToPath(new URL('../public/examples/who-owns-social-media.raci.json', import.meta.url));
const checkOnce = () => {
  const t0 = performance.now();
  const { status } = spawnSync(process.execPath, [builtCli, 'check', template], { stdio: 'ignore' });
  // 1: the empty template has errors when every row is judged; anything else would time a failure.
  if (status !== 1) throw new Error(`The built command line exited ${String(status)} on the template.`);
  return performance.now() - t0;
};
checkOnce();
const cliTimes = Array.from({ length: 11 }, checkOnce).sort((a, b) => a - b);
console.log('\nCLI: one check of the template, start-up to exit (node dist-cli/raci-workshop.js check, 11 runs):');
console.table([
  { 'median ms': (cliTimes[5] ?? 0).toFixed(0), 'fastest ms': (cliTimes[0] ?? 0).toFixed(0), 'slowest ms': (cliTimes[10] ?? 0).toFixed(0), budget: '300 ms' },
]);

// The board in a real browser: drag, drop, scroll and start-up on the built app.
try {
  await runBrowserBench();
} catch (error) {
  if (!(error instanceof CannotRun)) throw error;
  console.error(`\nThe browser bench cannot run: ${error.message}`);
  process.exitCode = 1;
}
