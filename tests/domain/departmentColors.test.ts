import { describe, expect, it } from 'vitest';
import { addDepartment } from '../../src/domain/departmentEdits';
import { departmentColors, departmentPalette, nextDepartmentColor } from '../../src/domain/departmentColors';
import { createBlankWorkshop } from '../../src/domain/templates/blank';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('department colours', () => {
  it.each(departmentColors)('%s carries white text at AA contrast', (hex) => {
    expect(contrastWithWhite(hex)).toBeGreaterThanOrEqual(4.5);
  });

  it('have distinct names and values', () => {
    expect(new Set(departmentPalette.map((c) => c.name)).size).toBe(departmentPalette.length);
    expect(new Set(departmentColors).size).toBe(departmentColors.length);
  });

  it('hand out unused colours first', () => {
    let doc = createBlankWorkshop('2026-11-22');
    for (let i = 0; i < departmentColors.length; i += 1) doc = addDepartment(doc, { name: `Team ${i}` });
    expect(new Set(doc.departments.map((d) => d.color)).size).toBe(departmentColors.length);
    expect(departmentColors).toContain(nextDepartmentColor(doc));
  });
});
