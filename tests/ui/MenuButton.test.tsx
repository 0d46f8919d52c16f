// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../src/ui/MenuButton';

function renderMenu() {
  const chosen = vi.fn<(label: string) => void>();
  const items = ['Workshops…', 'Role scheme…', 'Check settings…', 'Export CSV'].map((label) => ({ label, onSelect: () => chosen(label) }));
  render(
    <>
      <MenuButton label="More" items={items} />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { chosen, button: screen.getByRole('button', { name: 'More' }) };
}

describe('MenuButton', () => {
  it('opens on a click with the first item focused, and says so to assistive technology', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(screen.getByRole('menu', { name: 'More' }).id);
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Workshops…' }));
  });

  it('moves with arrows (wrapping), Home, End and a first letter, and chooses with Enter', async () => {
    const user = userEvent.setup();
    const { chosen, button } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Export CSV');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Workshops…');
    await user.keyboard('{End}{Home}c');
    expect(document.activeElement?.textContent).toBe('Check settings…');
    await user.keyboard('{Enter}');
    expect(chosen).toHaveBeenCalledWith('Check settings…');
    expect(screen.queryByRole('menu')).toBeNull();
    // Back on the button before the command runs, so a dialog it opens returns the focus there.
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape without choosing, and on a click outside', async () => {
    const user = userEvent.setup();
    const { chosen, button } = renderMenu();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(chosen).not.toHaveBeenCalled();
  });

  it('opens a menu that is one choice on the current choice, and a menu of commands on its first command', async () => {
    const user = userEvent.setup();
    const choice = (label: string, checked: boolean) => ({ label, checked, onSelect: () => undefined });
    render(
      <>
        <MenuButton label="Status" items={[choice('Open', false), choice('Agreed', true), choice('Parked', false)]} />
        <MenuButton label="Tools" items={[{ label: 'Export CSV', onSelect: () => undefined }, choice('Theme: Light', true), choice('Theme: Dark', false)]} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Status' }));
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Agreed' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Tools' }));
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Export CSV' }));
  });
});
