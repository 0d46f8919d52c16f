const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a shortcut's command key is written where people read it: "Ctrl+S", or "⌘S" on a Mac. */
export const commandKey = isMac ? '⌘' : 'Ctrl+';

/** The undo shortcut as people read it, in the toolbar, the shortcuts and every "Undo with …" said aloud. */
export const undoKeys = `${commandKey}Z`;
