const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a shortcut's command key is written where people read it: "Ctrl+S", or "⌘S" on a Mac. */
export const commandKey = isMac ? '⌘' : 'Ctrl+';
