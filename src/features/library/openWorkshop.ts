import type { ParseResult } from '../../format/parseWorkshopFile';
import { readWorkshopFile } from '../../store/readWorkshopFile';
import { useSessionStore } from '../../store/sessionStore';
import { addWorkshop } from '../../store/workshopLibrary';

/**
 * Opens what was read as a new workshop, with its repairs listed, or refuses it with the reason. Either way
 * the workshop that was open is left exactly as it was.
 */
export function openParsedWorkshop(result: ParseResult, source: string): boolean {
  const session = useSessionStore.getState();
  if (!result.ok) {
    session.refuse({ source, error: result.error });
    return false;
  }
  addWorkshop(result.document);
  session.setRepairs({ source, warnings: result.warnings, ignored: result.ignored });
  session.announce(`Opened ${source} as a new workshop: ${result.document.title}.`);
  return true;
}

export function fileSource(file: File): string {
  return `“${file.name}”`;
}

export async function openWorkshopFile(file: File): Promise<boolean> {
  return openParsedWorkshop(await readWorkshopFile(file), fileSource(file));
}
