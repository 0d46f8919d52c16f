import { charterContent, charterTexts } from '../charter/charterContent';
import { fontCoverage, missingCharacters } from '../charter/fontCoverage';
import { renderCharterPdf } from '../charter/renderCharterPdf';
import type { RaciDocument } from '../domain/model';
import type { PaperSize } from '../domain/paperSize';
import { nodeCharterFonts } from './nodeCharterFonts';

export interface CharterPdf {
  readonly bytes: Uint8Array;
  readonly warnings: readonly string[];
}

/**
 * The charter PDF, through the same module the app uses; warns about characters it cannot draw. Loaded
 * only by `charter` (jsPDF and the fonts are most of the command line's start-up otherwise).
 */
export async function charterPdf(doc: RaciDocument, paper: PaperSize, today: string): Promise<CharterPdf> {
  const fonts = await nodeCharterFonts();
  const content = charterContent(doc, today);
  const missing = missingCharacters(charterTexts(content), [fontCoverage(fonts.regular), fontCoverage(fonts.bold)]);
  const bytes = await renderCharterPdf(content, { fonts, paper });
  const warnings = missing.length > 0 ? [`The embedded font cannot draw these characters, which show as empty boxes: ${missing.join(' ')}`] : [];
  return { bytes, warnings };
}
