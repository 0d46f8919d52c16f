import { guessLanguage, patternSetOf, patternSetsFor, type PatternSet, type Syllables, type WorkshopLanguage } from '../../domain/hyphenation';

export type { Syllables } from '../../domain/hyphenation';

type Hyphenate = (word: string) => string;
const SOFT_HYPHEN = '\u00ad';

// Each pattern set is a module of its own, imported only when a text needs it: German's is about 150 KB
// compressed, Latin's and Cyrillic's about 22 KB each, Greek's 1 KB.
const importers: Readonly<Record<PatternSet, () => Promise<HyphenModule | { default: HyphenModule }>>> = {
  'en-us': () => import('hyphen/en-us'),
  de: () => import('hyphen/de'),
  fr: () => import('hyphen/fr'),
  es: () => import('hyphen/es'),
  ru: () => import('hyphen/ru'),
  'el-monoton': () => import('hyphen/el-monoton'),
};
const loaded = new Map<PatternSet, Promise<Hyphenate>>();

function load(set: PatternSet): Promise<Hyphenate> {
  let hyphenate = loaded.get(set);
  if (!hyphenate) {
    hyphenate = importers[set]().then((module) => {
      const { hyphenateSync } = 'default' in module ? module.default : module;
      return (word: string) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 });
    });
    loaded.set(set, hyphenate);
  }
  return hyphenate;
}

/**
 * TeX hyphenation patterns (the hyphen package) for the given texts: Greek words follow modern Greek,
 * Cyrillic words Russian, Latin words the workshop's language (guessed from the texts until a workshop
 * names its own). Only the pattern sets the texts need (and the language's) are loaded.
 */
export async function loadHyphenation(texts: readonly string[], language: WorkshopLanguage = guessLanguage(texts)): Promise<Syllables> {
  // The language's own set always: words outside the texts (the charter's own words) are Latin.
  const sets = new Set([...patternSetsFor(texts, language), patternSetOf('', language)]);
  const hyphenators = new Map(await Promise.all([...sets].map(async (set) => [set, await load(set)] as const)));
  return (word) => {
    const hyphenate = hyphenators.get(patternSetOf(word, language));
    return hyphenate ? hyphenate(word).split(SOFT_HYPHEN).filter(Boolean) : [word];
  };
}
