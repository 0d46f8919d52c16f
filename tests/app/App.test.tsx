// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { currentDocument, useDocumentStore } from '../../src/store/documentStore';
import { assign } from '../../src/domain/assignmentEdits';
import { chooseFromMore } from './renderApp';
import { resetStores } from './resetStores';

const place = () => useDocumentStore.getState().apply((d) => assign(d, { activityId: 'crisis', departmentId: 'pr', role: 'A' }));

describe('toolbar', () => {
  beforeEach(resetStores);

  it('has the views, the workshop, file and charter commands, named plainly', () => {
    render(<App />);
    const toolbar = within(screen.getByRole('toolbar', { name: 'Workshop' }));
    expect(toolbar.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual([
      'Board', 'Matrix', 'Departments', 'Undo', 'Redo', 'New', 'Open', 'Save', 'Share', 'Present', 'More ▾', 'Charter', 'Export PDF',
    ]);
    expect(within(toolbar.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Board' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('enables Undo and Redo only when there is something to undo or redo', async () => {
    const user = userEvent.setup();
    render(<App />);
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    const redo = screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
    expect([undo.disabled, redo.disabled]).toEqual([true, true]);
    await user.click(screen.getByRole('button', { name: 'Edit Legal' }));
    await user.click(await screen.findByRole('button', { name: 'Move up' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(undo.disabled).toBe(false);
    await user.click(undo);
    expect([undo.disabled, redo.disabled]).toEqual([true, false]);
  });
});

describe('keyboard shortcuts', () => {
  beforeEach(resetStores);

  it('? lists every shortcut, and the More menu reaches the same list', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.keyboard('?');
    const dialog = within(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }));
    expect(dialog.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['Anywhere', 'In presenter mode', 'On the board', 'In the matrix', 'In a menu']);
    expect(dialog.getByText('Alt+Shift+M')).toBeTruthy();
    expect(dialog.getByText('Alt+Shift+P')).toBeTruthy();
    expect(dialog.getByText('1, 2, 3, 0')).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    await chooseFromMore(user, 'Keyboard shortcuts…');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('undo with Ctrl+Z, redo with Ctrl+Shift+Z and Ctrl+Y', async () => {
    const user = userEvent.setup();
    render(<App />);
    place();
    await user.keyboard('{Control>}z{/Control}');
    expect(currentDocument().assignments).toHaveLength(0);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(currentDocument().assignments).toHaveLength(1);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(currentDocument().assignments).toHaveLength(1);
  });

  it('leave typing alone: Ctrl+Z in the title field is the field\'s own undo', async () => {
    const user = userEvent.setup();
    render(<App />);
    place();
    await user.click(screen.getByRole('textbox', { name: 'Workshop title' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(currentDocument().assignments).toHaveLength(1);
  });

  it('Escape stops placing with clicks', async () => {
    const user = userEvent.setup();
    render(<App />);
    const legal = within(screen.getByRole('region', { name: 'Departments' })).getByRole('button', { name: 'Legal' });
    await user.click(legal);
    await user.keyboard('{Escape}');
    expect(legal.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('workshop title', () => {
  beforeEach(resetStores);

  it('renames on Enter, undoably; Escape drops the draft', async () => {
    const user = userEvent.setup();
    render(<App />);
    const title = screen.getByRole('textbox', { name: 'Workshop title' }) as HTMLInputElement;
    await user.clear(title);
    await user.type(title, 'Social media charter 2027{Enter}');
    expect(currentDocument().title).toBe('Social media charter 2027');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(title.value).toBe('Who owns social media?');
    await user.type(title, ' draft{Escape}');
    expect(title.value).toBe('Who owns social media?');
  });
});

describe('New', () => {
  beforeEach(resetStores);

  it('starts a new workshop from any of the three templates; the one open before stays in Workshops', async () => {
    const user = userEvent.setup();
    render(<App />);
    place();
    await user.click(screen.getByRole('button', { name: 'New' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New workshop' }));
    expect(dialog.getAllByRole('listitem')).toHaveLength(3);
    await user.click(dialog.getByRole('button', { name: /^Blank/ }));
    expect(screen.queryByRole('group', { name: /Accountable$/ })).toBeNull();
    expect(screen.getByText('No departments yet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    await chooseFromMore(user, 'Workshops…');
    const list = within(await screen.findByRole('list', { name: 'Workshops' }));
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    await user.click(list.getByRole('button', { name: 'Open Who owns social media?' }));
    expect(within(screen.getByRole('group', { name: 'Lead crisis response, Accountable' })).getByText('Public Relations')).toBeTruthy();
  });
});
