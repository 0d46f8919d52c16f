import { parseWorkshopFile, type ParseResult } from '../format/parseWorkshopFile';
import { readFileText } from './readFileText';

/** Reads a workshop file: what Open, a drop, a paste and Compare all start from. */
export async function readWorkshopFile(file: Blob): Promise<ParseResult> {
  const read = await readFileText(file);
  return read.ok ? parseWorkshopFile(read.text) : read;
}
