import { describe, expect, it } from 'vitest';
import { csvField, readCsvRows, restoreFormulaText } from '../../src/format/csvCells';

describe('csvCells', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, on CRLF or LF lines', () => {
    expect(readCsvRows('\uFEFFa,"b, ""c""","d\r\ne"\r\nf,,\ng')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [['a', 'b, "c"', 'd\r\ne'], ['f', '', ''], ['g']],
    });
  });

  it('takes the delimiter the first line uses most, ignoring the ones inside quotes', () => {
    expect(readCsvRows('"a,b";c;d\n1;2;3')).toMatchObject({ delimiter: ';', rows: [['a,b', 'c', 'd'], ['1', '2', '3']] });
    expect(readCsvRows('a\tb\n')).toMatchObject({ delimiter: '\t', rows: [['a', 'b']] });
    expect(readCsvRows('alone')).toMatchObject({ delimiter: ',', rows: [['alone']] });
  });

  it('names the line where a quote is left open', () => {
    expect(readCsvRows('a,b\n"c\nd\n')).toEqual({ ok: false, line: 2 });
  });

  it('guards formula-like text on the way out and takes the guard back on the way in', () => {
    for (const text of ['=SUM(A1)', '+1', '-', '@me', "'quoted", 'plain', "it's"]) {
      const written = csvField(text);
      const read = readCsvRows(written);
      expect(read.ok && restoreFormulaText(read.rows[0]?.[0] ?? '')).toBe(text);
    }
    expect(csvField('=1')).toBe("'=1");
  });
});
