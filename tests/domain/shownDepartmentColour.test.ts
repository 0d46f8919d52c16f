import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, toHexColour, type Rgb } from '../../src/domain/colourContrast';
import { departmentColors } from '../../src/domain/departmentColors';
import { shownDepartmentColour } from '../../src/domain/shownDepartmentColour';
import { STAND_OUT_CONTRAST, themeColours, themeIds } from '../../src/domain/themeColours';
import { propertyRuns } from '../propertyRuns';

const rgb = (hex: string): Rgb => {
  const parsed = parseHexColour(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
};

// Hue and chroma the textbook way, apart from the code under test.
const hueOf = ([r, g, b]: Rgb) => {
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma === 0) return { hue: 0, chroma };
  const hue = max === r ? 60 * (((g - b) / chroma + 6) % 6) : max === g ? 60 * ((b - r) / chroma + 2) : 60 * ((r - g) / chroma + 4);
  return { hue, chroma };
};
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

const anyColour = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((c) => toHexColour(c));
const anyTheme = fc.constantFrom(...themeIds);

/** What a person needs: names at the theme's contrast, and the chip standing out 3:1 from every page colour. */
const margins = (background: string, theme: (typeof themeIds)[number]) => {
  const rule = themeColours[theme];
  return [
    contrastRatio(rgb(background), rgb(rule.onDepartment)) - rule.nameContrast,
    ...rule.pages.map((page) => contrastRatio(rgb(background), rgb(page)) - STAND_OUT_CONTRAST),
  ];
};

// The mid-tones of issue 25 that were drawn with unreadable white names, and the palette's darkest.
const midTones = ['#16a34a', '#ea580c', '#0891b2', '#ca8a04', '#65a30d', '#db2777', '#7c3aed', '#64748b', '#334155'];

describe('a department colour as each theme shows it', () => {
  it('keeps names readable and the chip apart from the page, for any colour in any theme', () => {
    fc.assert(
      fc.property(anyColour, anyTheme, (hex, theme) => {
        const shown = shownDepartmentColour(hex, themeColours[theme]);
        expect(shown.ink).toBe(themeColours[theme].onDepartment);
        expect(Math.min(...margins(shown.background, theme))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('keeps a colour that is readable as it is, and moves any other only just far enough', () => {
    fc.assert(
      fc.property(anyColour, anyTheme, (hex, theme) => {
        const shown = shownDepartmentColour(hex, themeColours[theme]).background;
        if (Math.min(...margins(hex, theme)) >= 0) expect(shown).toBe(hex);
        // Moved: one of the contrasts is close to what it must reach, not far past it.
        else expect(Math.min(...margins(shown, theme))).toBeLessThan(0.3);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('keeps the hue of every colour that still has one', () => {
    fc.assert(
      fc.property(anyColour, anyTheme, (hex, theme) => {
        const before = hueOf(rgb(hex));
        const after = hueOf(rgb(shownDepartmentColour(hex, themeColours[theme]).background));
        // Rounding to whole channels shifts the hue of a nearly grey colour: judged where there is colour to judge.
        fc.pre(before.chroma >= 24 && after.chroma >= 24);
        expect(hueDistance(before.hue, after.hue)).toBeLessThan(4);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('moves away from the names: deeper under white ones, lighter under dark ones', () => {
    const brightness = (hex: string) => contrastRatio(rgb(hex), rgb('#000000'));
    for (const hex of midTones) {
      expect(brightness(shownDepartmentColour(hex, themeColours.light).background)).toBeLessThanOrEqual(brightness(hex));
      expect(brightness(shownDepartmentColour(hex, themeColours.contrast).background)).toBeLessThanOrEqual(brightness(hex));
      expect(brightness(shownDepartmentColour(hex, themeColours.dark).background)).toBeGreaterThanOrEqual(brightness(hex));
    }
  });

  it('fixes the mid-tones a file may bring, which carried white names at about 3:1', () => {
    for (const hex of midTones.slice(0, 4)) {
      expect(contrastRatio(rgb(hex), rgb('#ffffff'))).toBeLessThan(4.5);
      const shown = shownDepartmentColour(hex, themeColours.light);
      expect(shown.background).not.toBe(hex);
      expect(contrastRatio(rgb(shown.background), rgb(shown.ink))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows the palette as it is in the light theme, and lifts the slate Legal chip off the dark page', () => {
    for (const hex of departmentColors) expect(shownDepartmentColour(hex, themeColours.light).background).toBe(hex);
    const slate = shownDepartmentColour('#334155', themeColours.dark).background;
    expect(contrastRatio(rgb('#334155'), rgb('#111827'))).toBeLessThan(STAND_OUT_CONTRAST);
    expect(contrastRatio(rgb(slate), rgb('#111827'))).toBeGreaterThanOrEqual(STAND_OUT_CONTRAST);
  });

  it('draws a colour that is not #rrggbb as black would be drawn', () => {
    for (const theme of themeIds) {
      expect(shownDepartmentColour('red', themeColours[theme])).toEqual(shownDepartmentColour('#000000', themeColours[theme]));
    }
  });
});
