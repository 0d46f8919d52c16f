import { breakText, guessLanguage, patternSetsFor } from '../domain/hyphenation';
import type { TextBreaks } from '../ui/Hyphenated';
import { loadHyphenation } from '../charter/typeset/hyphenation';

let current: { readonly key: string; readonly breaks: Promise<TextBreaks> } | undefined;

/**
 * How the workshop's names break, with the charter's patterns. Loaded after start-up (the patterns are
 * large); the same function comes back while the names need the same patterns, so the board re-renders
 * only when a name brings a new script or language.
 */
export function textBreaksFor(texts: readonly string[]): Promise<TextBreaks> {
  const language = guessLanguage(texts);
  const key = `${language} ${patternSetsFor(texts, language).join(' ')}`;
  if (current?.key !== key) {
    current = {
      key,
      breaks: loadHyphenation(texts, language).then((syllables) => {
        const pieces = new Map<string, ReturnType<TextBreaks>>();
        return (text) => {
          let broken = pieces.get(text);
          if (!broken) {
            broken = breakText(text, syllables);
            pieces.set(text, broken);
          }
          return broken;
        };
      }),
    };
  }
  return current.breaks;
}
