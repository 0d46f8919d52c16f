import type { RaciDocument } from './model';

/** Department colours: each carries white text at WCAG AA contrast (4.5:1 or more). */
export const departmentColors: readonly string[] = [
  '#1e40af', // blue
  '#9d174d', // magenta
  '#0f766e', // teal
  '#b45309', // amber (darkened for contrast)
  '#6b21a8', // purple
  '#166534', // green
  '#9a3412', // rust
  '#334155', // slate
  '#0e7490', // cyan
  '#86198f', // fuchsia
  '#3f6212', // olive
  '#be123c', // rose
];

/** The first palette colour no department uses yet, so a new chip stands out from its neighbours. */
export function nextDepartmentColor(doc: RaciDocument): string {
  const used = new Set(doc.departments.map((d) => d.color.toLowerCase()));
  const free = departmentColors.find((c) => !used.has(c));
  return free ?? departmentColors[doc.departments.length % departmentColors.length] ?? '#334155';
}
