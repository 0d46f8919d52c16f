import { describe, expect, it } from 'vitest';
import { parseMatrixCsv } from '../../src/format/parseMatrixCsv';
import { readSheetRows } from '../../src/format/sheets/readSheetRows';

const options = { title: 'Sheet', today: '2026-12-07' };
const refusal = (result: ReturnType<typeof parseMatrixCsv>) => (result.ok ? 'opened' : result.error.message);

describe('sheets that hold no matrix, and sheets at the edges', () => {
  it('refuses an empty sheet and a sheet of prose, naming the row it tried', () => {
    expect(refusal(parseMatrixCsv('\r\n\r\n', options))).toBe('The file is empty.');
    const prose = [
      'Minutes of the social media meeting, 3 March',
      'Present: Anna, Jürgen, Fatma',
      'We agreed that Marketing, PR and Legal meet again next week to talk about who answers comments.',
      'Anna will write a first draft, Jürgen reviews it, and Legal is consulted before anything goes out.',
    ].join('\r\n');
    expect(refusal(parseMatrixCsv(prose, options))).toMatch(/^Row 1 looks like the header, but no column below it holds role marks/);
  });

  it('trims thousands of empty trailing columns, and refuses more than 200 filled ones with the reason', () => {
    const wide = [['Activity', 'Marketing', 'Legal', ...Array<string>(5000).fill('')], ['Post', 'R', 'A', ...Array<string>(5000).fill('')]];
    const read = readSheetRows(wide, options);
    expect(read.ok && read.document.departments.map((d) => d.name)).toEqual(['Marketing', 'Legal']);
    const filled = [['Activity', ...Array.from({ length: 250 }, (_, i) => `Team ${i + 1}`)], ['Post', ...Array<string>(250).fill('R')]];
    const refused = readSheetRows(filled, options);
    expect(refused.ok ? 'opened' : refused.error.message).toMatch(/^The sheet has 251 filled columns\. A matrix of departments has at most 200/);
  });

  it('gives long names from sheets short labels, and keeps activities named twice, saying so', () => {
    const read = readSheetRows(
      [
        ['Activity', 'Öffentlichkeitsarbeit', 'Key Account Management', 'Legal', 'Öffentlichkeitsarbeiten'],
        ['Answer the press', 'R', 'C', 'A', ''],
        ['Weekly review', 'I', 'R', '', 'A'],
        ['Answer the press', 'A', '', 'C', 'R'],
      ],
      options,
    );
    if (!read.ok) throw new Error(read.error.message);
    expect(read.document.departments.map((d) => d.shortLabel)).toEqual(['Öffentl.', 'KAM', undefined, 'Öffentl2']);
    expect(read.document.activities.map((a) => a.name)).toEqual(['Answer the press', 'Weekly review', 'Answer the press']);
    expect(read.notes).toContain('“Answer the press” is named in rows 2, 4: each is kept as its own activity.');
  });

  it('lets the preview’s choices correct a guess: a column’s part, a mark’s meaning, the layout', () => {
    const rows = [['Task', 'Owner', 'Marketing', 'Legal'], ['Post', 'Anna', 'x', 'A'], ['Reply', 'Jürgen', 'R', 'x']];
    const guessed = readSheetRows(rows, options);
    if (!guessed.ok) throw new Error(guessed.error.message);
    expect(guessed.columns.map((c) => c.part)).toEqual(['activity', 'leave-out', 'department', 'department']);
    const chosen = readSheetRows(rows, { ...options, choices: { parts: { 1: 'notes' }, marks: { x: 'consulted' } } });
    if (!chosen.ok) throw new Error(chosen.error.message);
    expect(chosen.document.activities[0]?.notes).toBe('Anna');
    expect(chosen.document.assignments.filter((a) => a.role === 'C')).toHaveLength(2);
    const turned = readSheetRows(rows.map((row) => row.slice(0, 1).concat(row.slice(2))), { ...options, choices: { orientation: 'departments-down' } });
    expect(turned.ok && turned.layout).toBe('departments-down');
    expect(turned.ok && turned.document.departments.map((d) => d.name)).toEqual(['Post', 'Reply']);
  });
});
