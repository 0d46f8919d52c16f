import { contrastRatio, parseHexColour, relativeLuminance, toHexColour, type Rgb } from './colourContrast';
import { STAND_OUT_CONTRAST, type ThemeColours } from './themeColours';

/** How a department's colour is drawn in one theme: the colour itself, or the nearest readable one. */
export interface ShownColour {
  readonly background: string;
  /** The text colour on it. */
  readonly ink: string;
}

/**
 * The colour a department is drawn in under a theme: its own when the names on it reach the theme's
 * contrast and it stands out 3:1 from every page colour; otherwise the same hue, deepened (under white
 * names) or lightened (under dark ones) just far enough. The file keeps its colour; only the drawing
 * changes. A colour that is not `#rrggbb` is drawn as black.
 */
export function shownDepartmentColour(hex: string, theme: ThemeColours): ShownColour {
  const ink = parseHexColour(theme.onDepartment) ?? [0, 0, 0];
  const pages = theme.pages.map((page) => parseHexColour(page) ?? ink);
  const own = parseHexColour(hex) ?? [0, 0, 0];
  const fits = (rgb: Rgb) => contrastRatio(rgb, ink) >= theme.nameContrast && pages.every((page) => contrastRatio(rgb, page) >= STAND_OUT_CONTRAST);
  if (fits(own)) return { background: toHexColour(own), ink: theme.onDepartment };

  // Mixed with black (under white names) or white (under dark ones), the colour keeps its hue and every
  // channel moves one way, so the contrasts only grow on the way: halve the share until it is just enough.
  const end = relativeLuminance(ink) > 0.5 ? 0 : 255;
  const at = (share: number): Rgb => {
    const mix = (c: number) => Math.round(c + (end - c) * share);
    return [mix(own[0]), mix(own[1]), mix(own[2])];
  };
  let near = 0;
  let far = 1;
  for (let step = 0; step < 16; step += 1) {
    const middle = (near + far) / 2;
    if (fits(at(middle))) far = middle;
    else near = middle;
  }
  return { background: toHexColour(at(far)), ink: theme.onDepartment };
}
