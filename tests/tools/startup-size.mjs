// Start-up JavaScript budget: the gzip size of every script that dist/index.html loads up front
// (entry scripts and module preloads). Lazy chunks are not counted: they load when a feature needs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KIB = 114;

export function measureStartup(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) files.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(match[1]);
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(join(distDir, file.replace(/^\.?\//, '')));
    return { file, gzipKiB: gzipSync(bytes, { level: 9 }).length / 1024 };
  });
  const totalKiB = sizes.reduce((sum, s) => sum + s.gzipKiB, 0);
  return { sizes, totalKiB };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sizes, totalKiB } = measureStartup();
  for (const s of sizes) console.log(`  ${s.file}  ${s.gzipKiB.toFixed(1)} KiB gzip`);
  const ok = totalKiB <= BUDGET_KIB;
  console.log(`Start-up JavaScript: ${totalKiB.toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB): ${ok ? 'within budget' : 'OVER BUDGET'}`);
  process.exit(ok ? 0 : 1);
}
