import { labelKey, SHORT_LABEL_MAX_LENGTH, shortLabelLength, suggestShortLabel } from '../../domain/departmentLabels';

/**
 * Short labels for names read from a sheet, so a long name never breaks mid-word on the board: the label the
 * department editor would offer ("Public Relations": "PR", or "PRe" when "PR" is taken), else the start of
 * a single long word with a point ("Öffentlichkeitsarbeit": "Öffentl."). Names that fit need none and show
 * as themselves, so they count as labels in use from the start; a start of a word already in use gets a number.
 */
export function shortLabelsFor(names: readonly string[]): (string | undefined)[] {
  const fits = (name: string) => shortLabelLength(name) <= SHORT_LABEL_MAX_LENGTH;
  const inUse = names.filter(fits);
  const taken = new Set(inUse.map(labelKey));
  return names.map((name) => {
    if (fits(name)) return undefined;
    const suggested = suggestShortLabel(name, inUse);
    const start = suggested !== '' ? suggested : `${[...name.trim()].slice(0, SHORT_LABEL_MAX_LENGTH - 1).join('')}.`;
    let label = start;
    for (let n = 2; taken.has(labelKey(label)); n += 1) label = `${[...start].slice(0, SHORT_LABEL_MAX_LENGTH - String(n).length).join('')}${n}`;
    taken.add(labelKey(label));
    inUse.push(label);
    return label;
  });
}
