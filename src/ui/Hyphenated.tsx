import { createContext, Fragment, useContext } from 'react';
import type { TextPiece } from '../domain/hyphenation';

/** A text in the pieces it is set in: words that may break, between plain runs. */
export type TextBreaks = (text: string) => readonly TextPiece[];

/** Given once the hyphenation patterns are loaded; until then names are set as typed. */
export const TextBreaksContext = createContext<TextBreaks | undefined>(undefined);

/**
 * A name set so that a word breaks only at a hyphenation point, with a visible hyphen: each word the
 * patterns can break is a box of its own (class `word`) holding soft hyphens. A line then breaks between
 * words while they fit, and inside a word only when the word alone is wider than the line.
 */
export function Hyphenated({ text }: { readonly text: string }) {
  const breaks = useContext(TextBreaksContext);
  if (!breaks) return text;
  return breaks(text).map((piece, index) => (
    <Fragment key={index}>{typeof piece === 'string' ? piece : <span className="word">{piece.join('\u00ad')}</span>}</Fragment>
  ));
}

/**
 * The text as `Hyphenated` sets it, soft hyphens and all, for an accessible name that must hold the visible
 * text exactly (WCAG 2.5.3): assistive technology passes over soft hyphens, a label-in-name check does not.
 */
export function useHyphenatedText(text: string): string {
  const breaks = useContext(TextBreaksContext);
  if (!breaks) return text;
  return breaks(text)
    .map((piece) => (typeof piece === 'string' ? piece : piece.join('\u00ad')))
    .join('');
}
