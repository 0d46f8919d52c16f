import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { RoleLetter } from '../../ui/RoleLetter';

interface RolePickerProps {
  /** "Plan the content calendar, Marketing": what the picker sets roles for. */
  readonly cellName: string;
  readonly roles: readonly RoleDefinition[];
  readonly held: readonly string[];
  readonly onToggle: (role: string) => void;
  readonly onClear: () => void;
  /** Closes the picker; the matrix puts the focus back on the cell. */
  readonly onClose: () => void;
}

/** The roles of one cell as toggle buttons, under the cell that was clicked. */
export function RolePicker({ cellName, roles, held, onToggle, onClear, onClose }: RolePickerProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Under the cell, or over it when the rows below leave no room in the scrolled matrix; decided before
  // the first paint and before anything scrolls, so the matrix moves at most once, to show the whole picker.
  useLayoutEffect(() => {
    const picker = ref.current;
    const frame = picker?.closest('.matrix')?.getBoundingClientRect();
    if (!picker || !frame) return;
    const box = picker.getBoundingClientRect();
    if (box.bottom > frame.bottom && box.top - box.height > frame.top) picker.classList.add('role-picker--above');
    picker.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    picker.querySelector('button')?.focus({ preventScroll: true });
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The grid's own keys (arrows, letters) are not for the picker's buttons.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <div
      ref={ref}
      className="role-picker"
      role="group"
      aria-label={`Roles of ${cellName}`}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onClose();
      }}
    >
      {roles.map((role) => (
        <button key={role.key} type="button" aria-pressed={held.includes(role.key)} onClick={() => onToggle(role.key)}>
          <RoleLetter letter={role.key} color={role.color} />
          <span>{role.name}</span>
        </button>
      ))}
      <button type="button" onClick={onClear} disabled={held.length === 0}>
        Clear
      </button>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
