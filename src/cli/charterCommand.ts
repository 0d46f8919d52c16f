import { writeFile } from 'node:fs/promises';
import { charterContent, charterTexts } from '../charter/charterContent';
import { fontCoverage, missingCharacters } from '../charter/fontCoverage';
import { renderCharterPdf, type PaperSize } from '../charter/renderCharterPdf';
import type { RaciDocument } from '../domain/model';
import { nodeCharterFonts } from './nodeCharterFonts';

/** Letter where the locale says North America (as the app decides from the browser), else A4. */
export function defaultPaper(env: NodeJS.ProcessEnv): PaperSize {
  const locale = env.LC_PAPER ?? env.LC_ALL ?? env.LANG ?? '';
  return /_(US|CA|MX|PH|CL|CO|VE)\b/.test(locale) ? 'letter' : 'a4';
}

export interface CharterOutcome {
  readonly warnings: readonly string[];
  readonly bytes: number;
}

/** Writes the charter PDF, through the same module the app uses; warns about characters it cannot draw. */
export async function writeCharter(doc: RaciDocument, out: string, paper: PaperSize, today: string): Promise<CharterOutcome> {
  const fonts = await nodeCharterFonts();
  const content = charterContent(doc, today);
  const missing = missingCharacters(charterTexts(content), [fontCoverage(fonts.regular), fontCoverage(fonts.bold)]);
  const pdf = await renderCharterPdf(content, { fonts, paper });
  await writeFile(out, pdf);
  const warnings = missing.length > 0 ? [`The embedded font cannot draw these characters, which show as empty boxes: ${missing.join(' ')}`] : [];
  return { warnings, bytes: pdf.length };
}
