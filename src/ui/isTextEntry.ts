/** Whether keys and pastes aimed at `target` belong to a text field (which keeps its own undo and paste). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'color', 'submit', 'reset', 'file'].includes(target.type);
}

/** A modal dialog is open: board-wide keys, drops and pastes leave it alone. */
export function isDialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
