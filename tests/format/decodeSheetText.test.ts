import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSheetText } from '../../src/format/decodeSheetText';
import { readCsvRows } from '../../src/format/csvRows';
import type { SheetEncoding } from '../../src/format/sheetGrid';
import { propertyRuns } from '../propertyRuns';

type CodePage = Extract<SheetEncoding, `windows-${string}`>;

// Node's TextDecoder gets windows-1252's 0x80-0x9F wrong (nodejs/node#60888), so its table is not learnt
// from it: Latin-1 (which it equals from 0xA0) and the few characters of 0x80-0x9F these tests use.
const windows1252 = new Map<string, number>([
  ...Array.from({ length: 256 }, (_, byte) => [String.fromCharCode(byte), byte] as const).filter(([, byte]) => byte < 0x80 || byte >= 0xa0),
  ['€', 0x80],
  ['„', 0x84],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['–', 0x96],
]);

/** Writes text in a single-byte code page: windows-1252 as above, the others learnt from the platform's decoder. */
function encode(text: string, codePage: CodePage): Uint8Array {
  const decoder = new TextDecoder(codePage);
  const byteOf = codePage === 'windows-1252' ? windows1252 : new Map(Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte] as const));
  return Uint8Array.from([...text], (char) => {
    const byte = byteOf.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${codePage}`);
    return byte;
  });
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const units = [0xfeff, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  return Uint8Array.from(units.flatMap((unit) => (order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSheetText: Unicode', () => {
  it('reads UTF-8 with a byte-order mark and takes the mark off', () => {
    expect(decodeSheetText(utf8('\uFEFFGroup,Activity,Öffentlichkeitsarbeit'))).toEqual({ text: 'Group,Activity,Öffentlichkeitsarbeit', encoding: 'utf-8', guessed: true });
  });

  it('reads UTF-8 without a mark, and plain ASCII as UTF-8', () => {
    expect(decodeSheetText(utf8('Dział prawny;Маркетинг;Μάρκετινγκ'))).toEqual({ text: 'Dział prawny;Маркетинг;Μάρκετινγκ', encoding: 'utf-8', guessed: true });
    expect(decodeSheetText(utf8('Activity,Marketing'))).toMatchObject({ encoding: 'utf-8' });
    expect(decodeSheetText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', guessed: true });
  });

  it('reads any text written as UTF-8 or UTF-16 back exactly', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((t) => !t.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeSheetText(utf8(t))).toEqual({ text: t, encoding: 'utf-8', guessed: true });
        expect(decodeSheetText(utf8(`\uFEFF${t}`)).text).toBe(t);
        expect(decodeSheetText(utf16(t, 'le')).text).toBe(t);
        expect(decodeSheetText(utf16(t, 'be')).text).toBe(t);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('reads UTF-16, little and big endian, by the byte-order mark', () => {
    const text = 'Activity\tÖffentlichkeitsarbeit\tЮридический отдел 😀';
    expect(decodeSheetText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', guessed: true });
    expect(decodeSheetText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', guessed: true });
  });
});

describe('decodeSheetText: legacy code pages', () => {
  it('has the platform decoders it relies on (full ICU in Node, every browser)', () => {
    expect(new TextDecoder('windows-1250').decode(Uint8Array.of(0xb3, 0xf8))).toBe('łř');
    expect(new TextDecoder('windows-1251').decode(Uint8Array.of(0xc6, 0xff))).toBe('Жя');
    expect(new TextDecoder('windows-1253').decode(Uint8Array.of(0xd9, 0xf2))).toBe('Ως');
  });

  it('reads windows-1252 as the Encoding Standard says, also 0x80-0x9F where Node does not', () => {
    const bytes = Uint8Array.of(0x80, 0x81, 0x84, 0x8a, 0x92, 0x93, 0x96, 0x99, 0x9d, 0x9f, 0xa0, 0xe9, 0xff);
    expect(decodeSheetText(bytes, 'windows-1252').text).toBe('€\u0081„Š’“–™\u009dŸ\u00a0éÿ');
  });

  it.each<[string, CodePage, string]>([
    ['German', 'windows-1252', 'Prüfmittelverwaltung;Öffentlichkeitsarbeit'],
    ['German, a whole sheet', 'windows-1252', 'Aktivität;Marketing;Öffentlichkeitsarbeit;Rechtsabteilung\r\nKrisenkommunikation führen;C;A;R\r\n„Beiträge“ planen – 5 € pro Woche;R;C;\r\n'],
    ['English with typographic quotes and dashes', 'windows-1252', 'Activity,Marketing\r\n“Ask me anything” – the CEO’s hour,R\r\n'],
    ['French', 'windows-1252', 'Activité;Crème de la crème;Façade;Élève;Garçon'],
    ['Spanish and Portuguese', 'windows-1252', '¿Qué?;Año;Señal;Atenção;Comunicação'],
    ['Danish', 'windows-1252', 'Kø;Ærø;Kundeservice;Økonomi og Jura'],
    ['French in short words, whose bytes are Cyrillic letters in windows-1251', 'windows-1252', 'à où;Été;ÉTÉ À OÙ;Noël'],
    ['Polish', 'windows-1250', 'Dział prawny;Obsługa klienta;Zarząd;Łódź;Współpraca z mediami'],
    ['Polish, a whole sheet', 'windows-1250', 'Aktywność;Marketing;PR;Dział prawny\r\nPublikacja postów;R;A;C\r\nZarządzanie kryzysem;C;R;A\r\n'],
    ['Czech', 'windows-1250', 'Právní oddělení;Řízení lidských zdrojů;Zákaznický servis;Veřejné vztahy'],
    ['Slovak', 'windows-1250', 'Právne oddelenie;Ľudské zdroje;Vzťahy s verejnosťou'],
    ['Hungarian', 'windows-1250', 'Vezetőség;Ügyfélszolgálat;Jogi osztály;Közönségkapcsolat'],
    ['Croatian', 'windows-1250', 'Odnosi s javnošću;Pravna služba;Ljudski potencijali'],
    ['Russian', 'windows-1251', 'Маркетинг;Связи с общественностью;Юридический отдел;Служба поддержки клиентов'],
    ['Ukrainian', 'windows-1251', 'Юридичний відділ;Зв’язки з громадськістю;Ґрунтовний аналіз'],
    ['Bulgarian, a whole sheet', 'windows-1251', 'Дейност,Маркетинг,ПР\r\nПубликуване,R,A\r\n'],
    ['Greek', 'windows-1253', 'Μάρκετινγκ;Δημόσιες σχέσεις;Νομικό τμήμα;Εξυπηρέτηση πελατών'],
    ['Greek capitals', 'windows-1253', 'ΜΑΡΚΕΤΙΝΓΚ;ΝΟΜΙΚΟ ΤΜΗΜΑ;Activity'],
  ])('reads %s in %s back exactly', (_, codePage, text) => {
    expect(decodeSheetText(encode(text, codePage))).toEqual({ text, encoding: codePage, guessed: true });
  });

  it('keeps to windows-1252 when the Central European reading is the same text', () => {
    // ä, ö, ü, ß, é and Ü have the same bytes in both.
    expect(decodeSheetText(encode('Ügyfél;Straße;Café', 'windows-1252'))).toMatchObject({ encoding: 'windows-1252', text: 'Ügyfél;Straße;Café' });
  });

  it('gives the sheet to the CSV reader intact: the separator a legacy file uses is still found', () => {
    const { text } = decodeSheetText(encode('Aktywność;Dział prawny;Obsługa klienta\r\nPublikacja;R;A\r\n', 'windows-1250'));
    expect(readCsvRows(text)).toEqual({ ok: true, delimiter: ';', rows: [['Aktywność', 'Dział prawny', 'Obsługa klienta'], ['Publikacja', 'R', 'A']] });
  });
});

describe('decodeSheetText: a chosen encoding', () => {
  it('decodes as chosen and says it was not guessed', () => {
    const bytes = encode('Dział prawny', 'windows-1250');
    expect(decodeSheetText(bytes, 'windows-1252')).toEqual({ text: 'Dzia³ prawny', encoding: 'windows-1252', guessed: false });
    expect(decodeSheetText(bytes, 'windows-1250')).toEqual({ text: 'Dział prawny', encoding: 'windows-1250', guessed: false });
  });

  it('takes a byte-order mark off when the chosen encoding is the one it marks', () => {
    expect(decodeSheetText(utf8('\uFEFFa,b'), 'utf-8')).toEqual({ text: 'a,b', encoding: 'utf-8', guessed: false });
    expect(decodeSheetText(utf16('a,b', 'le'), 'utf-16le')).toEqual({ text: 'a,b', encoding: 'utf-16le', guessed: false });
  });

  it('shows bytes that are not UTF-8 as replacement characters when UTF-8 is chosen', () => {
    expect(decodeSheetText(encode('Grüße', 'windows-1252'), 'utf-8')).toEqual({ text: 'Gr\uFFFD\uFFFDe', encoding: 'utf-8', guessed: false });
  });
});
