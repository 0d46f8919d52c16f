import { sheetFileKind, type SheetFileKind } from './sheetFileTypes';

// What a spreadsheet file's bytes are, apart from its name: needed only once a file is imported, so kept
// out of what start-up loads to recognise a dropped file.

/**
 * What the bytes show beyond the name: an Office binary file (OLE) is either an Excel 97-2003 workbook or an `.xlsx`
 * encrypted with a password; `legacy-or-encrypted` when its directory cannot be read to tell which.
 */
export type SheetContentKind = SheetFileKind | 'encrypted-workbook' | 'legacy-or-encrypted';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, at) => bytes[at] === byte);

/** An OpenDocument file is a zip whose first entry, stored uncompressed, is `mimetype` naming the document's kind. */
function isOpenDocumentSpreadsheet(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 160));
  return head.slice(30, 38) === 'mimetype' && head.includes('application/vnd.oasis.opendocument.spreadsheet');
}

/**
 * Whether an OLE file's directory names a stream. Directory entries are 128 bytes, always at a multiple of 128 from the
 * start (sectors are 512 or 4096 bytes), with the name in UTF-16LE and its byte length, terminator included, at +64.
 * Scanning every such slot finds the directory without following the sector chains.
 */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const nameBytes = (name.length + 1) * 2;
  for (let entry = 512; entry + 128 <= bytes.length; entry += 128) {
    if ((bytes[entry + 64] ?? 0) + (bytes[entry + 65] ?? 0) * 256 !== nameBytes) continue;
    let same = true;
    for (let i = 0; i < name.length && same; i += 1) same = bytes[entry + i * 2] === name.charCodeAt(i) && bytes[entry + i * 2 + 1] === 0;
    if (same) return true;
  }
  return false;
}

/**
 * What a file's bytes are, whatever its name says: a zip is an `.xlsx` (or an `.ods`), an OLE file an `.xls` or a
 * password-protected workbook, anything else text. The name only breaks the tie when an OLE directory cannot be read.
 */
export function sheetContentKind(bytes: Uint8Array, name: string): SheetContentKind {
  if (startsWith(bytes, ZIP_SIGNATURE)) return isOpenDocumentSpreadsheet(bytes) ? 'ods' : 'workbook';
  if (!startsWith(bytes, OLE_SIGNATURE)) return 'text';
  // Excel keeps an encrypted .xlsx whole in this one stream; a 97-2003 workbook's sheets are in "Workbook" ("Book" before 97).
  if (hasOleStream(bytes, 'EncryptedPackage')) return 'encrypted-workbook';
  if (hasOleStream(bytes, 'Workbook') || hasOleStream(bytes, 'Book')) return 'legacy-xls';
  const byName = sheetFileKind(name, '');
  if (byName === 'legacy-xls') return 'legacy-xls';
  if (byName === 'workbook') return 'encrypted-workbook';
  return 'legacy-or-encrypted';
}

const refusals: Partial<Record<SheetContentKind, string>> = {
  'legacy-xls':
    'This is an Excel 97-2003 workbook (.xls), which cannot be read here: in Excel, use File > Save As > Excel Workbook (.xlsx) or CSV UTF-8, then import that.',
  ods: 'This is an OpenDocument spreadsheet (.ods), which cannot be read here: in LibreOffice, use File > Save As > Excel 2007-365 (.xlsx) or Text CSV, then import that.',
  'encrypted-workbook':
    'This workbook is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook) or save the sheet as CSV, then import that.',
  'legacy-or-encrypted':
    'This is an Excel 97-2003 workbook (.xls) or a workbook protected with a password, which cannot be read here: open it in Excel, remove any password (File > Info > Protect Workbook), then use File > Save As > Excel Workbook (.xlsx) or CSV UTF-8 and import that.',
};

/** Why a spreadsheet of this kind cannot be imported, and how to save it so it can; undefined for CSV text and `.xlsx`. */
export function sheetFileRefusal(kind: SheetContentKind): string | undefined {
  return refusals[kind];
}
