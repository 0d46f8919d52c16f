/** The papers the charter is laid out for. */
export type PaperSize = 'a4' | 'letter';

// Letter is the paper of the United States, Canada, Mexico and a few others in the Americas and Asia;
// everyone else uses A4. The app (from the browser) and the command line (from the environment) both ask here.
const LETTER_REGIONS: ReadonlySet<string> = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'BZ']);

/**
 * The region of a browser language tag ("en-US", "zh-Hant-TW") or a POSIX locale ("en_US.UTF-8", "sr_RS@latin"):
 * the two-letter subtag right after the language, or after its four-letter script.
 */
function regionOf(locale: string): string | undefined {
  const [withoutEncoding = ''] = locale.split(/[.@]/);
  const [, first, second] = withoutEncoding.split(/[-_]/);
  const region = first?.length === 4 ? second : first;
  return region !== undefined && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : undefined;
}

/** Letter where the locale's region uses it, else A4 (also for "C", "POSIX" and locales without a region). */
export function paperForLocale(locale: string): PaperSize {
  const region = regionOf(locale);
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
