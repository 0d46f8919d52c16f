import { contrastRatio, parseHexColour, relativeLuminance, toHexColour, type Rgb } from './colourContrast';
import { STAND_OUT_CONTRAST, type ThemeColours } from './themeColours';

/** How a department's colour is drawn in one theme: the colour itself, or the nearest readable one. */
export interface ShownColour {
  readonly background: string;
  /** The text colour on it. */
  readonly ink: string;
}

type Hsl = readonly [hue: number, saturation: number, lightness: number];

function toHsl([r, g, b]: Rgb): Hsl {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return [0, 0, lightness];
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const sector = max === rs ? ((gs - bs) / chroma + 6) % 6 : max === gs ? (bs - rs) / chroma + 2 : (rs - gs) / chroma + 4;
  return [sector * 60, saturation, lightness];
}

function fromHsl([hue, saturation, lightness]: Hsl): Rgb {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return 255 * (lightness - (chroma / 2) * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

function readable(rgb: Rgb, ink: Rgb, pages: readonly Rgb[], nameContrast: number): boolean {
  return contrastRatio(rgb, ink) >= nameContrast && pages.every((page) => contrastRatio(rgb, page) >= STAND_OUT_CONTRAST);
}

/**
 * The colour a department is drawn in under a theme: its own when the names on it reach the theme's
 * contrast and it stands out 3:1 from every page colour; otherwise the same hue and saturation with the
 * lightness moved away from the ink (deeper under white names, lighter under dark ones) just far enough.
 * The file keeps its colour; only the drawing changes. A colour that is not `#rrggbb` is drawn as black.
 */
export function shownDepartmentColour(hex: string, theme: ThemeColours): ShownColour {
  const ink = parseHexColour(theme.onDepartment) ?? [255, 255, 255];
  const pages = theme.pages.map((page) => parseHexColour(page) ?? ink);
  const own = parseHexColour(hex) ?? [0, 0, 0];
  const fits = (rgb: Rgb) => readable(rgb, ink, pages, theme.nameContrast);
  if (fits(own)) return { background: toHexColour(own), ink: theme.onDepartment };

  // Lightness moves one way (away from the ink) and every channel follows it monotonically, so the
  // contrasts only grow on the way: halve the interval between the colour and the far end (black or white).
  const [hue, saturation, start] = toHsl(own);
  const at = (lightness: number): Rgb => parseHexColour(toHexColour(fromHsl([hue, saturation, lightness]))) ?? own;
  const end = relativeLuminance(ink) > 0.5 ? 0 : 1;
  let near = start;
  let far = end;
  for (let step = 0; step < 24; step += 1) {
    const middle = (near + far) / 2;
    if (fits(at(middle))) far = middle;
    else near = middle;
  }
  return { background: toHexColour(at(far)), ink: theme.onDepartment };
}
