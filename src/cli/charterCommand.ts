import { writeFile } from 'node:fs/promises';
import { charterContent, charterTexts } from '../charter/charterContent';
import { fontCoverage, missingCharacters } from '../charter/fontCoverage';
import { renderCharterPdf } from '../charter/renderCharterPdf';
import type { RaciDocument } from '../domain/model';
import { paperForLocale, type PaperSize } from '../domain/paperSize';
import { nodeCharterFonts } from './nodeCharterFonts';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The paper of the locale in the environment ("en_US.UTF-8"), by the same rule the app applies to the browser's language. */
export function defaultPaper(env: Environment): PaperSize {
  // POSIX order: LC_ALL overrides LC_PAPER, which overrides LANG; an empty variable counts as unset.
  const locale = [env.LC_ALL, env.LC_PAPER, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return paperForLocale(locale);
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
