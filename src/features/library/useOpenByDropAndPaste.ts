import { useEffect, useState } from 'react';
import { parseWorkshopFile } from '../../format/parseWorkshopFile';
import { isSheetFile } from '../../format/sheetFileTypes';
import { isShareFragment } from '../../format/shareFragment';
import { useSessionStore } from '../../store/sessionStore';
import { isDialogOpen, isTextEntry } from '../../ui/isTextEntry';
import { openParsedWorkshop, openWorkshopFile } from './openWorkshop';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** What a dropped or pasted file can be handed to besides Open: features of their own, wired by the app. */
export interface FileHandlers {
  readonly compare: (file: File) => unknown;
  readonly importSheet: (file: File) => unknown;
}

function openFile(file: File, handlers: FileHandlers, comparing: boolean): void {
  if (isSheetFile(file.name, file.type)) void handlers.importSheet(file);
  else if (comparing) void handlers.compare(file);
  else void openWorkshopFile(file);
}

function openDropped(files: readonly File[], handlers: FileHandlers, comparing: boolean): void {
  const [first] = files;
  if (!first) return;
  if (files.length > 1) useSessionStore.getState().announce(`Only one file opens at a time: ${comparing ? 'comparing' : 'opening'} ${first.name}.`);
  openFile(first, handlers, comparing);
}

/** The fragment of a pasted share link (any copy of the app), or undefined for other text. */
function pastedShareFragment(text: string): string | undefined {
  if (/\s/.test(text)) return undefined;
  const at = text.indexOf('#');
  const fragment = at >= 0 ? text.slice(at) : '';
  return isShareFragment(fragment) ? fragment : undefined;
}

/**
 * Opens a `.json` file dropped anywhere on the window (or hands it to `compare` when Shift is held), and a file, a workshop's JSON text or a share link
 * pasted outside a text field; a spreadsheet (`.csv`) goes to `importSheet` either way. Returns whether a file is being dragged over the window, for the drop hint.
 * dnd-kit drags chips with pointer events, so these HTML drag events only ever come from outside the page.
 */
export function useOpenByDropAndPaste(handlers: FileHandlers): boolean {
  const [dropping, setDropping] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; the count says when the drag has left the window.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDropping(!isDialogOpen());
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = isDialogOpen() ? 'none' : 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDropping(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDropping(false);
      if (!isDialogOpen()) openDropped([...(event.dataTransfer?.files ?? [])], handlers, event.shiftKey);
      else useSessionStore.getState().announce('Close the open dialog first, then drop the file again.');
    };
    const onPaste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data || isTextEntry(event.target) || isDialogOpen()) return;
      const file = data.files[0];
      if (file) {
        event.preventDefault();
        openFile(file, handlers, false);
        return;
      }
      const text = data.getData('text/plain').trim();
      const fragment = pastedShareFragment(text);
      if (fragment) {
        event.preventDefault();
        // The shared-link offer listens for this, exactly as when the link itself is opened.
        window.location.hash = fragment;
      } else if (text.startsWith('{') || text.startsWith('[')) {
        event.preventDefault();
        openParsedWorkshop(parseWorkshopFile(text), 'the pasted text');
      }
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [handlers]);
  return dropping;
}
