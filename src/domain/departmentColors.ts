import type { RaciDocument } from './model';

/** Department colours with names (a screen reader says "Teal", not "#0f766e"). Each carries white text at
 * WCAG AA contrast (4.5:1 or more), so the light theme draws them as they are (see shownDepartmentColour). */
export const departmentPalette: readonly { readonly hex: string; readonly name: string }[] = [
  { hex: '#1e40af', name: 'Blue' },
  { hex: '#9d174d', name: 'Magenta' },
  { hex: '#0f766e', name: 'Teal' },
  { hex: '#b45309', name: 'Amber' },
  { hex: '#6b21a8', name: 'Purple' },
  { hex: '#166534', name: 'Green' },
  { hex: '#9a3412', name: 'Rust' },
  { hex: '#334155', name: 'Slate' },
  { hex: '#0e7490', name: 'Cyan' },
  { hex: '#86198f', name: 'Fuchsia' },
  { hex: '#3f6212', name: 'Olive' },
  { hex: '#be123c', name: 'Rose' },
];

export const departmentColors: readonly string[] = departmentPalette.map((c) => c.hex);

/** The first palette colour no department uses yet, so a new chip stands out from its neighbours. */
export function nextDepartmentColor(doc: RaciDocument): string {
  const used = new Set(doc.departments.map((d) => d.color.toLowerCase()));
  const free = departmentColors.find((c) => !used.has(c));
  return free ?? departmentColors[doc.departments.length % departmentColors.length] ?? '#334155';
}
