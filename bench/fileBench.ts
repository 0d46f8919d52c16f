import { MAX_SHARE_LINK_LENGTH } from '../src/format/shareFragment';
import { encodeShareFragment } from '../src/format/shareLink';
import { parseWorkshopFile } from '../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../src/format/serializeWorkshop';
import { generateMatrix } from './generateMatrix';

const stamp = { savedAt: '2026-12-07T10:00:00.000Z', appVersion: '0.1.0' };
/** The part of a share link before its fragment, as long as the app's own address on a company's host. */
const LINK_BASE = 'https://raci.example.com/#';

async function median(work: () => unknown, runs = 7): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? 0;
}

/**
 * Opening a file (its text through the codec, as Open and a reload read it), saving one, and Share: the
 * file made into a link, and refused with its length when the link would be too long for a browser.
 */
export async function benchFiles(sizes: readonly (readonly [number, number])[]) {
  const rows = [];
  for (const [activities, departments] of sizes) {
    const doc = generateMatrix(activities, departments);
    const text = serializeWorkshop(doc, stamp);
    const parsed = parseWorkshopFile(text);
    if (!parsed.ok) throw new Error(`The generated ${activities} x ${departments} matrix does not read back.`);
    const link = `${LINK_BASE}${await encodeShareFragment(text)}`;
    rows.push({
      matrix: `${activities} x ${departments}`,
      'file KB': (text.length / 1024).toFixed(0),
      'open ms': (await median(() => parseWorkshopFile(text))).toFixed(1),
      'save ms': (await median(() => serializeWorkshop(doc, stamp))).toFixed(1),
      'share link ms': (await median(async () => `${LINK_BASE}${await encodeShareFragment(serializeWorkshop(doc, stamp))}`)).toFixed(1),
      'share link': link.length > MAX_SHARE_LINK_LENGTH ? `refused (${link.length} characters)` : `${link.length} characters`,
    });
  }
  return rows;
}
