/** The app's looks (More > Theme). Light is the default, which a projector shows best. */
export type ThemeId = 'light' | 'dark' | 'contrast';
export const themeIds: readonly ThemeId[] = ['light', 'dark', 'contrast'];

/**
 * What the colour math must know of a theme to show a department's colour readably in it. The page
 * colours are the theme's surface, panel and band (the stylesheet's `--surface`, `--panel`, `--band`, kept
 * equal by a test), everything a chip, a swatch or a card's edge is drawn on; the cells' faint role tints
 * lie within them for contrast. Ink and page colours sit on the same side (light or dark), so moving a
 * colour away from the ink also moves it away from the page.
 */
export interface ThemeColours {
  readonly pages: readonly string[];
  /** The text on a department's colour: a name, a short label. */
  readonly onDepartment: string;
  /** The least contrast of that text with the colour behind it. */
  readonly nameContrast: number;
}

/** A chip (or a swatch) must stand out from the page at least this much: WCAG's 3:1 for graphics. */
export const STAND_OUT_CONTRAST = 3;

export const themeColours: Readonly<Record<ThemeId, ThemeColours>> = {
  // White names on deep colours, as the palette was chosen for.
  light: { pages: ['#ffffff', '#f8fafc', '#e2e8f0'], onDepartment: '#ffffff', nameContrast: 4.5 },
  // Light colours with dark names, as the theme's marks are drawn: a deep colour vanishes on a dark page.
  dark: { pages: ['#111827', '#0f172a', '#1f2937'], onDepartment: '#0b1220', nameContrast: 4.5 },
  // For a washed-out screen: names at 7:1 (WCAG's enhanced level).
  contrast: { pages: ['#ffffff'], onDepartment: '#ffffff', nameContrast: 7 },
};
