import type { ThemeId } from '../domain/themeColours';
import { browserPreference } from './browserPreference';

/** The app's looks, a choice of this browser; light by default, which a projector shows best. */
export const themes: readonly { readonly id: ThemeId; readonly name: string }[] = [
  { id: 'light', name: 'Light' },
  { id: 'dark', name: 'Dark' },
  { id: 'contrast', name: 'High contrast' },
];
export type Theme = ThemeId;

export const themeChoice = browserPreference<Theme>('raci-workshop/theme', 'light', (stored) => themes.find((t) => t.id === stored)?.id);
