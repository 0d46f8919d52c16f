import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localIsoDate } from '../domain/calendarDate';
import { paperForLocale, type PaperSize } from '../domain/paperSize';
import { exitCodes, type ExitCode } from './exitCodes';
import { cannotWriteMessage } from './fileSystemErrors';
import { parseArguments, UsageError } from './parseArguments';
import { cannotOpenText, readWorkshopPath } from './readWorkshopFile';
import type { Streams } from './streams';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The paper of the locale in the environment ("en_US.UTF-8"), by the same rule the app applies to the browser's language. */
export function defaultPaper(env: Environment): PaperSize {
  // POSIX order: LC_ALL overrides LC_PAPER, which overrides LANG; an empty variable counts as unset.
  const locale = [env.LC_ALL, env.LC_PAPER, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return paperForLocale(locale);
}

const isPaper = (value: string): value is PaperSize => value === 'a4' || value === 'letter';

/** `charter <file> -o <pdf> [--paper a4|letter]`: the signed-off PDF, the same as the app's Export PDF. */
export async function charterCommand(args: readonly string[], io: Streams, env: Environment): Promise<ExitCode> {
  const { positionals, options } = parseArguments('charter', args, { output: { type: 'string', short: 'o' }, paper: { type: 'string' } });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('charter takes one workshop file: raci-workshop charter <file.raci.json> -o <charter.pdf>.');
  const out = options.get('output');
  if (typeof out !== 'string') throw new UsageError('name the PDF to write with -o <charter.pdf>.');
  // Writing the PDF over its own source would lose the workshop.
  if (resolve(out) === resolve(file)) throw new UsageError(`-o ${out} is the workshop file itself; name a new .pdf file.`);
  const paper = options.get('paper') ?? defaultPaper(env);
  if (typeof paper !== 'string' || !isPaper(paper)) throw new UsageError(`--paper is a4 or letter, not "${String(paper)}".`);

  const opened = await readWorkshopPath(file);
  if (!opened.ok) {
    io.stderr.write(cannotOpenText(file, opened.error));
    return exitCodes.cannotOpen;
  }
  for (const repair of opened.repairs) io.stderr.write(`Repaired while opening: ${repair}\n`);
  for (const field of opened.ignored) io.stderr.write(`Ignored while opening: ${field.message} (${field.path})\n`);
  const { charterPdf } = await import('./charterPdf');
  const pdf = await charterPdf(opened.document, paper, localIsoDate(new Date()));
  for (const warning of pdf.warnings) io.stderr.write(`${warning}\n`);
  try {
    await writeFile(out, pdf.bytes);
  } catch (error) {
    io.stderr.write(`${cannotWriteMessage(out, error)}\n`);
    return exitCodes.cannotOpen;
  }
  io.stdout.write(`Wrote ${out} (${Math.round(pdf.bytes.length / 1024)} KB, ${paper === 'a4' ? 'A4' : 'Letter'}).\n`);
  return exitCodes.ok;
}
