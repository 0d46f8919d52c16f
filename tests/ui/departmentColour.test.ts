import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour } from '../../src/domain/colourContrast';
import { themeColours, themeIds } from '../../src/domain/themeColours';
import { departmentColourStyle } from '../../src/ui/departmentColour';

const rgb = (value: unknown) => {
  const parsed = typeof value === 'string' ? parseHexColour(value) : undefined;
  if (!parsed) throw new Error(`not a colour: ${String(value)}`);
  return parsed;
};

describe("a department's colour handed to the stylesheet", () => {
  it.each(['#16a34a', '#ea580c', '#0891b2', '#ca8a04', '#334155', '#ffffff'])('%s: a readable pair for every theme', (hex) => {
    const style = departmentColourStyle(hex) as Record<string, unknown>;
    for (const theme of themeIds) {
      const background = rgb(style[`--department-colour-${theme}`]);
      const ink = rgb(style[`--on-department-colour-${theme}`]);
      expect(contrastRatio(background, ink)).toBeGreaterThanOrEqual(themeColours[theme].nameContrast);
      for (const page of themeColours[theme].pages) expect(contrastRatio(background, rgb(page))).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a palette colour as it is in the light theme', () => {
    expect((departmentColourStyle('#1e40af') as Record<string, unknown>)['--department-colour-light']).toBe('#1e40af');
  });
});
