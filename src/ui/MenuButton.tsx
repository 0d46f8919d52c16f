import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly title?: string;
  /** Set for a choice of one among the items (a status): the item is a menuitemradio. */
  readonly checked?: boolean;
}

interface MenuButtonProps {
  /** The button's and the menu's accessible name; also what the button shows unless `face` is given. */
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** What the button shows instead of the label with a ▾, e.g. a status mark; the label stays its name. */
  readonly face?: ReactNode;
  readonly className?: string;
  readonly title?: string;
  /**
   * Words shown beside a `face` while the button is pointed at or focused (the CSS of its `className`
   * shows them). Kept outside the button, so its name needs not repeat them.
   */
  readonly hint?: string;
}

/**
 * A button that opens a list of commands (the WAI-ARIA menu button pattern): arrows move, Home and End
 * jump, a letter goes to the next item starting with it, Escape and Tab close. Choosing an item puts the
 * focus back on the button first, so a dialog the item opens returns the focus there when it closes.
 * The menu lives in a portal with a fixed place: a row of the board contains its layout and the grid
 * scrolls, either of which would cut a menu drawn inside them. The portal is the button's landmark (the
 * banner, the main region), so the menu stays inside one for screen readers.
 */
export function MenuButton({ label, items, face, className, title, hint }: MenuButtonProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState<CSSProperties>({});
  const anchor = useRef({ top: 0, left: 0 });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus({ preventScroll: true });
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    // A menu left behind by a scroll or a resize would float over the wrong row. Only a move of the button
    // counts: the scroll that brought the focused button into view arrives a frame after the menu opened.
    const closeOnMove = () => {
      const box = buttonRef.current?.getBoundingClientRect();
      if (!box || Math.abs(box.top - anchor.current.top) > 1 || Math.abs(box.left - anchor.current.left) > 1) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    window.addEventListener('scroll', closeOnMove, true);
    window.addEventListener('resize', closeOnMove);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      window.removeEventListener('scroll', closeOnMove, true);
      window.removeEventListener('resize', closeOnMove);
    };
  }, [open]);

  const show = (index: number) => {
    const box = buttonRef.current?.getBoundingClientRect();
    if (box) {
      anchor.current = { top: box.top, left: box.left };
      // Below the button unless the lower half of the screen is too short; from whichever edge keeps it on it.
      const below = box.bottom < window.innerHeight / 2 || window.innerHeight - box.bottom > 240;
      const fromLeft = box.left < window.innerWidth / 2;
      setPlace({
        ...(below ? { top: box.bottom + 4 } : { bottom: window.innerHeight - box.top + 4 }),
        ...(fromLeft ? { left: box.left } : { right: window.innerWidth - box.right }),
      });
    }
    setActive(index);
    setOpen(true);
  };
  // A menu that is one choice (a status) opens on the current one; a menu of commands with a choice among
  // them (More, with its themes) opens on its first command, as menus do.
  const oneChoice = items.every((item) => item.checked !== undefined);
  const firstShown = oneChoice ? Math.max(0, items.findIndex((item) => item.checked)) : 0;
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (item: MenuItem) => {
    close();
    item.onSelect();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? firstShown : items.length - 1);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      // Stops here: the Escape closes the menu, not a dialog or a mode behind it.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      // The menu sits at the end of the page: leaving it by Tab goes on from its button instead.
      event.preventDefault();
      close();
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLowerCase();
      const order = [...items.slice(active + 1), ...items.slice(0, active + 1)];
      const found = order.find((item) => item.label.toLowerCase().startsWith(letter));
      if (found) setActive(items.indexOf(found));
    }
  };

  const menu = (
    <ul ref={menuRef} id={menuId} role="menu" aria-label={label} className="menu" style={place} onKeyDown={onMenuKey}>
      {items.map((item, index) => (
        <li
          key={item.label}
          role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
          aria-checked={item.checked}
          tabIndex={index === active ? 0 : -1}
          title={item.title}
          onClick={() => choose(item)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              choose(item);
            }
          }}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        className={className}
        title={title}
        aria-label={face === undefined ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : show(firstShown))}
        onKeyDown={onButtonKey}
      >
        {face ?? (
          <>
            {label} <span aria-hidden="true">▾</span>
          </>
        )}
      </button>
      {hint ? (
        <span className="menu-button__hint" aria-hidden="true">
          {hint}
        </span>
      ) : null}
      {open ? createPortal(menu, buttonRef.current?.closest('header, main, footer') ?? document.body) : null}
    </div>
  );
}
