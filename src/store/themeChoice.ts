import { browserPreference } from './browserPreference';

/** The app's looks, a choice of this browser; light by default, which a projector shows best. */
export const themes = [
  { id: 'light', name: 'Light' },
  { id: 'dark', name: 'Dark' },
  { id: 'contrast', name: 'High contrast' },
] as const;
export type Theme = (typeof themes)[number]['id'];

export const themeChoice = browserPreference<Theme>('raci-workshop/theme', 'light', (stored) => themes.find((t) => t.id === stored)?.id);
