import type { RaciDocument } from '../../domain/model';
import { serializeWorkshop } from '../../format/serializeWorkshop';
import { downloadFile, safeFileName } from '../../ui/downloadFile';

// The File System Access API is not in TypeScript's DOM library yet; this is the part used here.
interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ createWritable: () => Promise<{ write: (data: Blob) => Promise<void>; close: () => Promise<void> }> }>;
}

export type SaveResult = { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'cancelled' };

export function workshopFileName(doc: RaciDocument): string {
  return safeFileName(doc.title, '.raci.json');
}

function workshopFileText(doc: RaciDocument, now: Date): string {
  return serializeWorkshop(doc, { savedAt: now.toISOString(), appVersion: __APP_VERSION__ });
}

/** A plain download, for when the app must not ask anything (storage full, recovery screen). */
export function downloadWorkshopFile(doc: RaciDocument, now: Date = new Date()): void {
  downloadFile(workshopFileName(doc), workshopFileText(doc, now));
}

/**
 * Writes the workshop as `<title>.raci.json`: through the browser's save picker where it has one (the user
 * picks the folder), else as a download.
 */
export async function saveWorkshopFile(doc: RaciDocument, now: Date = new Date()): Promise<SaveResult> {
  const fileName = workshopFileName(doc);
  const text = workshopFileText(doc, now);
  const picker = (window as unknown as SaveFilePickerWindow).showSaveFilePicker;
  if (!picker) {
    downloadFile(fileName, text);
    return { kind: 'saved', fileName };
  }
  try {
    const handle = await picker.call(window, {
      suggestedName: fileName,
      types: [{ description: 'RACI workshop', accept: { 'application/json': ['.json'] } }],
    });
    const writable = await handle.createWritable();
    await writable.write(new Blob([text], { type: 'application/json' }));
    await writable.close();
    return { kind: 'saved', fileName };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' };
    // The picker can be refused (e.g. inside a sandboxed frame); a download still works there.
    downloadFile(fileName, text);
    return { kind: 'saved', fileName };
  }
}
