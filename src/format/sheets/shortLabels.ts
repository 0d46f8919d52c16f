import { SHORT_LABEL_MAX_LENGTH, shortLabelLength, suggestShortLabel } from '../../domain/departmentLabels';

/**
 * Short labels for names read from a sheet, so a long name never breaks mid-word on the board: the initials
 * of a name of several words ("Public Relations": "PR"), or the start of a single long word with a point
 * ("Öffentlichkeitsarbeit": "Öffentl."). Names that fit need none; clashes get a number.
 */
export function shortLabelsFor(names: readonly string[]): (string | undefined)[] {
  const used = new Set<string>();
  return names.map((name) => {
    if (shortLabelLength(name) <= SHORT_LABEL_MAX_LENGTH) {
      used.add(name);
      return undefined;
    }
    const initials = suggestShortLabel(name);
    let label = initials.length >= 2 ? initials : `${[...name.trim()].slice(0, SHORT_LABEL_MAX_LENGTH - 1).join('')}.`;
    for (let n = 2; used.has(label); n += 1) label = `${label.slice(0, SHORT_LABEL_MAX_LENGTH - String(n).length)}${n}`;
    used.add(label);
    return label;
  });
}
