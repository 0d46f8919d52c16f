import type { CSSProperties } from 'react';
import { shownDepartmentColour } from '../domain/shownDepartmentColour';
import { themeColours, themeIds } from '../domain/themeColours';

/**
 * A department's colour as every theme draws it, as custom properties for an element of class
 * `department-colour`; the stylesheet picks the current theme's pair as `--department-colour` and
 * `--on-department-colour` (paper takes the light one). Switching themes then re-renders nothing, and the
 * PNG export copies what is drawn.
 */
export const DEPARTMENT_COLOUR_CLASS = 'department-colour';

// A handful of colours per workshop, each worked out once rather than on every render of every chip.
const styles = new Map<string, CSSProperties>();

export function departmentColourStyle(hex: string): CSSProperties {
  const known = styles.get(hex);
  if (known) return known;
  const style: Record<string, string> = {};
  for (const theme of themeIds) {
    const shown = shownDepartmentColour(hex, themeColours[theme]);
    style[`--department-colour-${theme}`] = shown.background;
    style[`--on-department-colour-${theme}`] = shown.ink;
  }
  styles.set(hex, style);
  return style;
}
