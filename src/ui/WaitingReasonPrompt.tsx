import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { statusWords, type WaitingStatus } from '../domain/activityStatus';

interface WaitingReasonPromptProps {
  readonly activityName: string;
  readonly status: WaitingStatus;
  /** The reason the row already has, to start from. */
  readonly note: string;
  /** Where the focus was when the row was disputed or parked (its status control): it goes back there. */
  readonly openedFrom: Element | null;
  /**
   * Called once, when the prompt is done: with the reason to keep ('' for none, on purpose), or undefined
   * to leave the note as it was (Escape). The status stays either way.
   */
  readonly onDone: (note: string | undefined) => void;
}

/** Keeps the field's focus while a button is clicked, so the click (not the field's blur) decides. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * Asks why a row waits, right where it was disputed or parked. Enter keeps the reason, No reason keeps
 * none, Escape closes it; each puts the focus back where it was. Leaving it for elsewhere keeps what was
 * typed and leaves the focus there.
 */
export function WaitingReasonPrompt({ activityName, status, note, openedFrom, onDone }: WaitingReasonPromptProps) {
  const id = useId();
  const [draft, setDraft] = useState(note);
  const inputRef = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const removal = useRef<number>(undefined);

  const finish = (answer: string | undefined, restoreFocus: boolean) => {
    if (done.current) return;
    done.current = true;
    if (restoreFocus && openedFrom instanceof HTMLElement && openedFrom.isConnected) openedFrom.focus();
    onDone(answer);
  };
  // What was typed, given as an answer when the prompt is left or removed: unchanged is no answer.
  const typed = (value: string) => (value === note ? undefined : value);

  // Once per prompt: the note it compares with is the one it was opened with.
  useEffect(() => {
    const input = inputRef.current;
    const active = document.activeElement;
    window.clearTimeout(removal.current);
    // The focus moved on while the prompt loaded (it loads on first use): the person is elsewhere, so it
    // is not asked. (The field itself has the focus when strict mode runs this a second time.)
    if (active !== openedFrom && active !== input) {
      finish(undefined, false);
      return undefined;
    }
    input?.focus();
    input?.select();
    // Removed while open (its row scrolled out of a long board's rendered rows): as if left, so the row
    // does not ask again, and take the focus, when it renders again. Deferred, since strict mode removes
    // and mounts it again at once.
    return () => {
      removal.current = window.setTimeout(() => finish(typed(input?.value ?? note), false));
    };
  }, []);

  return (
    <form
      className="why-wait"
      aria-label={`${activityName}: why it waits`}
      onSubmit={(event) => {
        event.preventDefault();
        finish(draft, true);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape closes the prompt only: not presenter mode, and the status stays.
        event.preventDefault();
        event.stopPropagation();
        finish(undefined, true);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) finish(typed(draft), false);
      }}
    >
      <label htmlFor={id} className="why-wait__label">
        {statusWords[status].label}. Why does this row wait?
      </label>
      <input
        id={id}
        ref={inputRef}
        value={draft}
        maxLength={300}
        placeholder="Who or what it waits for"
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className="why-wait__actions">
        <button type="submit" className="primary" aria-keyshortcuts="Enter" onMouseDown={keepFocus}>
          Save
        </button>
        <button type="button" title="Keep the status without a reason" onMouseDown={keepFocus} onClick={() => finish('', true)}>
          No reason
        </button>
      </div>
    </form>
  );
}
