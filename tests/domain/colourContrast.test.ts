import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, relativeLuminance, toHexColour } from '../../src/domain/colourContrast';

const rgb = (hex: string) => {
  const parsed = parseHexColour(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
};

describe('WCAG contrast', () => {
  it('reads and writes #rrggbb only', () => {
    expect(parseHexColour('#1E40af')).toEqual([0x1e, 0x40, 0xaf]);
    expect(parseHexColour('#fff')).toBeUndefined();
    expect(parseHexColour('blue')).toBeUndefined();
    expect(toHexColour([30, 64, 175])).toBe('#1e40af');
    expect(toHexColour([0, 254.6, 15.2])).toBe('#00ff0f');
  });

  it('gives black and white their luminance and 21:1', () => {
    expect(relativeLuminance(rgb('#000000'))).toBe(0);
    expect(relativeLuminance(rgb('#ffffff'))).toBeCloseTo(1, 10);
    expect(contrastRatio(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 10);
  });

  it('agrees with known ratios, in either order', () => {
    // #767676 is the lightest grey that carries white text at AA; #777777 falls just short.
    expect(contrastRatio(rgb('#ffffff'), rgb('#767676'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb('#777777'), rgb('#ffffff'))).toBeLessThan(4.5);
    expect(contrastRatio(rgb('#1e40af'), rgb('#ffffff'))).toBeCloseTo(8.72, 2);
    expect(contrastRatio(rgb('#16a34a'), rgb('#ffffff'))).toBeCloseTo(3.3, 1);
    expect(contrastRatio(rgb('#334155'), rgb('#111827'))).toBeLessThan(2);
  });
});
