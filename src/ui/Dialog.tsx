import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** `alertdialog` for a message the user must acknowledge (a refused file), so it is read out at once. */
  readonly role?: 'alertdialog';
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the rest inert and closes on Escape,
 * which a hand-rolled overlay would have to imitate.
 */
export function Dialog({ title, onClose, children, className, role }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const handleCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', handleCancel);
    return () => {
      dialog.removeEventListener('cancel', handleCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={['dialog', className].filter(Boolean).join(' ')} role={role} aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
