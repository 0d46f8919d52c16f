/** A sheet as rows of cell texts, whatever file it came from (CSV text or a workbook's sheet). */
export type SheetRows = readonly (readonly string[])[];

/** The text encodings a spreadsheet's CSV export comes in. */
export const sheetEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1250', 'windows-1251', 'windows-1253'] as const;

export type SheetEncoding = (typeof sheetEncodings)[number];
