/** Splits a word into the pieces a line may break between ("Com", "mu", "ni", "ca", "tions"). */
export type Syllables = (word: string) => readonly string[];

type Hyphenate = (word: string) => string;
const SOFT_HYPHEN = '\u00ad';

/**
 * TeX hyphenation patterns (the hyphen package) for the scripts the charter's fonts draw. Workshops have no
 * language of their own yet, so Latin words follow US English, Greek words modern Greek and Cyrillic words
 * Russian. Each pattern set is loaded only when a text needs it: Latin's and Cyrillic's are about 22 KB
 * compressed each.
 */
export async function loadHyphenation(texts: readonly string[]): Promise<Syllables> {
  const all = texts.join(' ');
  const load = async (name: 'en-us' | 'ru' | 'el-monoton'): Promise<Hyphenate> => {
    const module = name === 'en-us' ? await import('hyphen/en-us') : name === 'ru' ? await import('hyphen/ru') : await import('hyphen/el-monoton');
    const { hyphenateSync } = 'default' in module ? (module as { default: HyphenModule }).default : module;
    return (word) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 });
  };
  const latin = await load('en-us');
  const cyrillic = /\p{Script=Cyrillic}/u.test(all) ? await load('ru') : latin;
  const greek = /\p{Script=Greek}/u.test(all) ? await load('el-monoton') : latin;
  return (word) => {
    const hyphenate = /\p{Script=Cyrillic}/u.test(word) ? cyrillic : /\p{Script=Greek}/u.test(word) ? greek : latin;
    return hyphenate(word).split(SOFT_HYPHEN).filter(Boolean);
  };
}
