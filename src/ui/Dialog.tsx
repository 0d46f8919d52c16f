import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** `alertdialog` for a message the user must acknowledge (a refused file), so it is read out at once. */
  readonly role?: 'alertdialog';
}

/** Marks where focus rests when neither the dialog's opener nor a successor can take it. */
export const FOCUS_HOME_ATTRIBUTE = 'data-focus-home';

/**
 * Focus goes back to the control that opened the dialog. When that control is gone (a removed
 * department's edit button) and nothing else took the focus in the meantime, it goes to the page's
 * focus home, never to <body>, where a keyboard user would start again from the top.
 */
function restoreFocus(opener: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active.isConnected) return;
    const home = document.querySelector<HTMLElement>(`[${FOCUS_HOME_ATTRIBUTE}]`);
    (opener?.isConnected ? opener : home)?.focus();
  });
}

/**
 * Marks the field a dialog opens in when it is not the first control (React's autoFocus acts while the
 * dialog is still closed, where nothing can take the focus).
 */
export const OPENS_HERE_ATTRIBUTE = 'data-opens-here';

const CONTROLS = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal on the native <dialog>: the browser traps focus, makes the rest inert and closes on Escape,
 * which a hand-rolled overlay would have to imitate. The heading stays put and the body scrolls, its
 * last command row held in view at the bottom (app.css), so a long form never hides Save.
 */
export function Dialog({ title, onClose, children, className, role }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  // Read on the first render: by the first effect, an autofocused field inside has taken the focus.
  const [opener] = useState(() => {
    const active = typeof document === 'undefined' ? null : document.activeElement;
    return active instanceof HTMLElement && active !== document.body ? active : null;
  });

  // A layout effect: the dialog is closed while it is still in the document, so the browser hands the
  // focus back itself where it can.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      dialog.showModal();
      // A body that scrolls is a focus target of its own, which the browser picks before anything in
      // it: the marked field, else the first control inside, takes the focus instead.
      const body = bodyRef.current;
      const marked = body?.querySelector<HTMLElement>(`[${OPENS_HERE_ATTRIBUTE}]`);
      if (marked) marked.focus();
      else if (document.activeElement === body) body?.querySelector<HTMLElement>(CONTROLS)?.focus();
    }
    const handleCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', handleCancel);
    return () => {
      dialog.removeEventListener('cancel', handleCancel);
      if (dialog.open) dialog.close();
      restoreFocus(opener);
    };
  }, [opener]);

  return (
    <dialog ref={ref} className={['dialog', className].filter(Boolean).join(' ')} role={role} aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">{title}</h2>
      <div ref={bodyRef} className="dialog__body">
        {children}
      </div>
    </dialog>
  );
}
