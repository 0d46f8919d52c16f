import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, restoreFormulaText } from '../../src/format/csvCells';
import { readCsvRows } from '../../src/format/csvRows';
import { propertyRuns } from '../propertyRuns';

/** A grid as the export writes it: every row ended by CRLF. */
const written = (grid: readonly (readonly string[])[]) => grid.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

describe('csvCells: reading', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(readCsvRows('\uFEFFa,"b, ""c""","d\r\ne"\r\nf,,\r\ng')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [['a', 'b, "c"', 'd\r\ne'], ['f', '', ''], ['g']],
    });
  });

  it('reads LF, CRLF and CR line endings, and a file that mixes LF and CRLF', () => {
    const rows = [['a', 'b'], ['c', 'd']];
    expect(readCsvRows('a,b\nc,d\n')).toMatchObject({ rows });
    expect(readCsvRows('a,b\r\nc,d\r\n')).toMatchObject({ rows });
    expect(readCsvRows('a,b\rc,d\r')).toMatchObject({ rows });
    expect(readCsvRows('a,"b"\r\nc,d\ne,f')).toMatchObject({ rows: [...rows, ['e', 'f']] });
  });

  it('keeps a line break inside a quoted cell as it is, also a lone CR', () => {
    expect(readCsvRows('"x\ry",z\r\n"\r\n",w\r\n')).toMatchObject({ rows: [['x\ry', 'z'], ['\r\n', 'w']] });
  });

  it('keeps empty lines inside the file, and the last line break ends the last row', () => {
    expect(readCsvRows('a,b\r\n\r\nc,d\r\n')).toMatchObject({ rows: [['a', 'b'], [''], ['c', 'd']] });
    expect(readCsvRows('a,b')).toMatchObject({ rows: [['a', 'b']] });
    expect(readCsvRows('')).toEqual({ ok: true, delimiter: ',', rows: [] });
  });

  it('keeps ragged rows as they are: a short row is not padded, a long one not cut', () => {
    expect(readCsvRows('Title\r\na,b,c\r\nd\r\ne,f,g,h\r\n')).toMatchObject({ delimiter: ',', rows: [['Title'], ['a', 'b', 'c'], ['d'], ['e', 'f', 'g', 'h']] });
  });

  it('names the line where a quote is left open, counting the lines of the quoted cells before it', () => {
    expect(readCsvRows('a,b\n"c\nd\n')).toEqual({ ok: false, line: 2 });
    expect(readCsvRows('a,"b\r\nc"\r\nd,"e\r\nf')).toEqual({ ok: false, line: 3 });
    expect(readCsvRows('\uFEFF"open')).toEqual({ ok: false, line: 1 });
  });

  it('refuses a closing quote followed by more text when no later quote closes the cell', () => {
    // Papa Parse reads `"abc"def` as a cell still open; what follows would all be one cell.
    expect(readCsvRows('x,y\r\n"abc"def,x\r\nnext,row\r\n')).toEqual({ ok: false, line: 2 });
  });

  it('reads a quote inside an unquoted cell as text', () => {
    expect(readCsvRows('27" screen,b\r\nc,d')).toMatchObject({ delimiter: ',', rows: [['27" screen', 'b'], ['c', 'd']] });
  });
});

describe('csvCells: the separator', () => {
  it('takes the separator that gives the rows one number of cells, ignoring the ones inside quotes', () => {
    expect(readCsvRows('"a,b";c;d\n1;2;3')).toMatchObject({ delimiter: ';', rows: [['a,b', 'c', 'd'], ['1', '2', '3']] });
    expect(readCsvRows('a\tb\n')).toMatchObject({ delimiter: '\t', rows: [['a', 'b']] });
    expect(readCsvRows('Activity|Marketing|PR\nPost|R|A\n')).toMatchObject({ delimiter: '|', rows: [['Activity', 'Marketing', 'PR'], ['Post', 'R', 'A']] });
    expect(readCsvRows('alone\nagain')).toMatchObject({ delimiter: ',', rows: [['alone'], ['again']] });
  });

  it('looks at the whole table, not the first line: a title with a comma above a semicolon table', () => {
    const text = ['Social media, 2026', 'Activity;Marketing;PR;Legal', 'Post;R;A;', 'Answer;"R, A";C;I', 'Plan;A;R, C;'].join('\r\n');
    expect(readCsvRows(text)).toMatchObject({ delimiter: ';', rows: [['Social media, 2026'], ['Activity', 'Marketing', 'PR', 'Legal'], ['Post', 'R', 'A', ''], ['Answer', 'R, A', 'C', 'I'], ['Plan', 'A', 'R, C', '']] });
  });

  it('is not misled by role cells written "R, A" in a semicolon file', () => {
    const text = ['Activity;Marketing;PR', 'Post;R, A;C', 'Plan;C;R, A', 'Answer;R, A;I'].join('\n');
    expect(readCsvRows(text)).toMatchObject({ delimiter: ';' });
  });

  it('is not misled by separators inside quoted cells, even when they would split more evenly', () => {
    // Split on ";" regardless of the quotes, these rows would have 1, 2 and 2 cells; on "," they have 1, 2 and 3.
    const grid = [['x'], ['p', 'q;r'], ['s', 't;u', 'v']];
    expect(readCsvRows(written(grid))).toEqual({ ok: true, delimiter: ',', rows: grid });
    // Papa Parse's own guess (delimitersToGuess) takes ";" here: three even cells a row against two.
    const even = [['a', 'x;y;z'], ['b', 'c;d;e']];
    expect(readCsvRows(written(even))).toEqual({ ok: true, delimiter: ',', rows: even });
  });

  it('finds a table that starts below more than ten lines of notes', () => {
    const text = [...Array.from({ length: 12 }, (_, i) => `Note ${i + 1}: read this first`), 'Activity;Marketing;PR', 'Post;R;A', 'Plan;A;R'].join('\n');
    expect(readCsvRows(text)).toMatchObject({ delimiter: ';' });
  });
});

describe('csvCells: writing', () => {
  it('quotes every separator the import may guess, quotes and line breaks, and nothing else', () => {
    expect(['a,b', 'a;b', 'a\tb', 'a|b', 'say "hi"', 'a\nb', 'a\rb'].map(csvField)).toEqual(['"a,b"', '"a;b"', '"a\tb"', '"a|b"', '"say ""hi"""', '"a\nb"', '"a\rb"']);
    expect(['plain', 'two words', "it's", ''].map(csvField)).toEqual(['plain', 'two words', "it's", '']);
  });

  it('keeps a department named ";;;;a" one cell through export and import', () => {
    const grid = [['Group', 'Activity', 'Social property', ';;;;a', 'PR'], ['', 'Post', '', 'R', 'A']];
    expect(readCsvRows(`\uFEFF${written(grid)}`)).toEqual({ ok: true, delimiter: ',', rows: grid });
  });

  it('guards formula-like text on the way out and takes the guard back on the way in', () => {
    for (const text of ['=SUM(A1)', '+1', '-', '@me', "'quoted", "'=1", 'plain', "it's", '\tindented']) {
      const read = readCsvRows(csvField(text));
      expect(read.ok && restoreFormulaText(read.rows[0]?.[0] ?? '')).toBe(text);
    }
    expect(csvField('=1')).toBe("'=1");
  });

  it('reads back any grid it writes: every separator, quotes, line breaks, formulas, empty cells, ragged rows', () => {
    const tricky = fc.constantFrom(',', ';', '|', '\t', '"', '""', '\n', '\r', '\r\n', '=', '-', '+', '@', "'", ' ', '\uFEFF', 'a', 'Z', 'é', 'ж', '😀');
    const cell = fc.oneof(fc.string({ unit: tricky, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constant(''));
    const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(grid, (rows) => {
        const read = readCsvRows(written(rows));
        expect(read).toMatchObject({ ok: true, delimiter: ',' });
        expect(read.ok && read.rows.map((row) => row.map(restoreFormulaText))).toEqual(rows);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
