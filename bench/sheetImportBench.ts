import writeXlsxFile from 'write-excel-file/node';
import { readWorkbook } from '../src/features/spreadsheets/readWorkbook';
import { decodeSheetText } from '../src/format/decodeSheetText';
import { parseMatrixCsv } from '../src/format/parseMatrixCsv';
import { readSheetRows } from '../src/format/sheets/readSheetRows';
import { generateMatrix } from './generateMatrix';

/** A company sheet of `rows` activities and 30 departments: a title, a legend, x marks and dashes, Windows-1252. */
function companyRows(rows: number): string[][] {
  const doc = generateMatrix(rows, 30);
  const roles = new Map(doc.assignments.map((a) => [`${a.activityId} ${a.departmentId}`, a.role]));
  return [
    ['Verantwortlichkeiten Social Media'],
    ['Legende: V = Verantwortlich, E = Entscheidet, M = Mitwirkung, I = Information'],
    ['Nr.', 'Aktivität', ...doc.departments.map((d) => `Abteilung ${d.name.slice(11)}`), 'Bemerkungen'],
    ...doc.activities.map((a, i) => [
      `${i + 1}.1`,
      `${a.name} prüfen`,
      ...doc.departments.map((d) => ({ R: 'V', A: 'E', C: 'M', I: 'I' })[roles.get(`${a.id} ${d.id}`) ?? ''] ?? (i % 3 === 0 ? '-' : '')),
      i % 5 === 0 ? 'Siehe Prozessbeschreibung' : '',
    ]),
  ];
}

/** Median of five runs after one warm-up, in ms. */
async function median(work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2] ?? 0;
}

/** From the file's bytes to the preview's reading, as Import spreadsheet does it (the budget: a second for 1,000 rows). */
export async function benchSheetImport(): Promise<Record<string, string | number>[]> {
  const results: Record<string, string | number>[] = [];
  for (const count of [100, 1000]) {
    const rows = companyRows(count);
    const csv = rows.map((row) => row.join(';')).join('\r\n');
    const bytes = Uint8Array.from(csv, (char) => char.charCodeAt(0) & 0xff);
    const csvMs = await median(() => parseMatrixCsv(decodeSheetText(bytes).text, { title: 'Bench', today: '2026-12-07' }));
    const workbook = new Uint8Array(await writeXlsxFile([{ sheet: 'RACI', data: rows }]).toBuffer());
    const xlsxMs = await median(async () => {
      const read = await readWorkbook(workbook);
      if (read.ok) readSheetRows(read.sheets[0]?.rows ?? [], { title: 'Bench', today: '2026-12-07' });
    });
    results.push({ sheet: `${count} x 30`, 'CSV (Windows-1252) ms': csvMs.toFixed(0), 'XLSX ms': xlsxMs.toFixed(0), 'CSV KB': (bytes.length / 1024).toFixed(0) });
  }
  return results;
}
