import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { renameWorkshop } from '../domain/documentEdits';
import { useDocumentStore } from '../store/documentStore';

let ruler: HTMLSpanElement | undefined;

/** The width `text` takes in `input`'s font, with the input's padding and border (a hidden span measures it). */
function textWidth(input: HTMLInputElement, text: string): number {
  if (!ruler) {
    ruler = document.createElement('span');
    ruler.className = 'workshop-title__ruler';
    ruler.setAttribute('aria-hidden', 'true');
    document.body.append(ruler);
  }
  const style = getComputedStyle(input);
  ruler.style.fontFamily = style.fontFamily;
  ruler.style.fontSize = style.fontSize;
  ruler.style.fontWeight = style.fontWeight;
  ruler.style.letterSpacing = style.letterSpacing;
  ruler.textContent = text;
  const chrome = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return ruler.getBoundingClientRect().width + chrome.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
}

/** What the title would have beside the toolbar's other items, whether or not it is on its own line now. */
function roomBeside(input: HTMLInputElement): number {
  const toolbar = input.parentElement;
  if (!toolbar) return Infinity;
  const bar = getComputedStyle(toolbar);
  const gap = parseFloat(bar.columnGap) || 0;
  let room = toolbar.clientWidth - (parseFloat(bar.paddingLeft) || 0) - (parseFloat(bar.paddingRight) || 0);
  for (const sibling of toolbar.children) {
    if (sibling === input || !(sibling instanceof HTMLElement) || getComputedStyle(sibling).position === 'absolute') continue;
    room -= sibling.offsetWidth + gap;
  }
  return room;
}

/**
 * A title too long for its place beside the commands takes a line of its own rather than being cut off
 * on the projector. Measured from the text, not from the box, so the choice does not flip back and forth.
 */
function useOwnLine(inputRef: RefObject<HTMLInputElement | null>, text: string): boolean {
  const [ownLine, setOwnLine] = useState(false);
  // One observer for the toolbar's life; each keystroke only measures again.
  const textRef = useRef(text);
  const decideRef = useRef(() => {});
  useLayoutEffect(() => {
    textRef.current = text;
    decideRef.current();
  }, [text]);
  useLayoutEffect(() => {
    const input = inputRef.current;
    const toolbar = input?.parentElement;
    if (!input || !toolbar) return undefined;
    const decide = () => setOwnLine(textWidth(input, textRef.current) > roomBeside(input));
    decideRef.current = decide;
    decide();
    // A font file arriving (the app's own at start, a script's when a name first uses it) changes the
    // title's width but not the toolbar's size, which is all the observer sees.
    const fonts = 'fonts' in document ? document.fonts : undefined;
    fonts?.addEventListener('loadingdone', decide);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(decide);
    observer?.observe(toolbar);
    return () => {
      fonts?.removeEventListener('loadingdone', decide);
      observer?.disconnect();
    };
  }, [inputRef]);
  return ownLine;
}

/** The title, edited in place: one undo step per rename, committed on Enter or when focus leaves. */
export function WorkshopTitle() {
  const title = useDocumentStore((s) => s.history.present.title);
  const apply = useDocumentStore((s) => s.apply);
  const [draft, setDraft] = useState(title);
  useEffect(() => setDraft(title), [title]);
  const inputRef = useRef<HTMLInputElement>(null);
  const ownLine = useOwnLine(inputRef, draft);

  const commit = () => {
    if (draft.trim() === '') setDraft(title);
    else apply((doc) => renameWorkshop(doc, draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setDraft(title);
      // Let the reverted value land before leaving the field, or blur would commit the old draft.
      requestAnimationFrame(() => (event.target as HTMLInputElement).blur());
    }
  };
  return (
    <input
      ref={inputRef}
      className={`workshop-title${ownLine ? ' workshop-title--own-line' : ''}`}
      aria-label="Workshop title"
      value={draft}
      maxLength={120}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
