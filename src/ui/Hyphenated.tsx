import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { TextPiece } from '../domain/hyphenation';

/** A text in the pieces it is set in: words that may break, between plain runs. */
export type TextBreaks = (text: string) => readonly TextPiece[];

/** Given once the hyphenation patterns are loaded; until then names are set as typed. */
export const TextBreaksContext = createContext<TextBreaks | undefined>(undefined);

interface HyphenatedProps {
  readonly text: string;
  /**
   * What follows the text with no gap, inside its last word box: a name computed from content puts a space
   * around every box, and a comma after the box would be heard as "Marketing , Mktg".
   */
  readonly trailing?: ReactNode;
}

/**
 * A name set so that a word breaks only at a hyphenation point, with a visible hyphen: each word the
 * patterns can break is a box of its own (class `word`) holding soft hyphens. A line then breaks between
 * words while they fit, and inside a word only when the word alone is wider than the line.
 */
export function Hyphenated({ text, trailing }: HyphenatedProps) {
  const breaks = useContext(TextBreaksContext);
  if (!breaks) return <>{text}{trailing}</>;
  const pieces = breaks(text);
  return pieces.map((piece, index) => {
    const after = index === pieces.length - 1 ? trailing : null;
    return typeof piece === 'string' ? (
      <Fragment key={index}>
        {piece}
        {after}
      </Fragment>
    ) : (
      <span key={index} className="word">
        {piece.join('\u00ad')}
        {after}
      </span>
    );
  });
}
