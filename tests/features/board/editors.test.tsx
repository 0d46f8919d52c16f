// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { currentDocument } from '../../../src/store/documentStore';
import { resetStores } from '../../app/resetStores';

const palette = () => within(screen.getByRole('region', { name: 'Departments' }));

/** The text of the group header row the board shows above an activity's row. */
function groupHeaderAbove(activityId: string): string | undefined {
  const rows = screen.getAllByRole('row');
  const at = rows.findIndex((row) => row.getAttribute('data-activity') === activityId);
  return rows.slice(0, at).reverse().find((row) => row.classList.contains('group__header'))?.textContent ?? undefined;
}

describe('editing departments', () => {
  beforeEach(resetStores);

  it('renames and recolours a department', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Edit Legal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Legal' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Legal & Compliance');
    await user.click(within(dialog).getByRole('radio', { name: 'Rose' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(palette().getByRole('button', { name: 'Legal & Compliance, Legal' })).toBeTruthy();
    expect(currentDocument().departments.find((d) => d.id === 'legal')?.color).toBe('#be123c');
  });

  it('removes a department with its assignments, and Undo brings both back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(palette().getByRole('button', { name: 'Legal' }));
    await user.click(screen.getByRole('button', { name: 'Place Legal in Write the social media policy, Accountable' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Edit Legal' }));
    await user.click(screen.getByRole('button', { name: 'Remove department' }));
    expect(palette().queryByRole('button', { name: 'Legal' })).toBeNull();
    expect(currentDocument().assignments).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(palette().getByRole('button', { name: 'Legal' })).toBeTruthy();
    expect(currentDocument().assignments).toHaveLength(1);
  });

  it('adds a department', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: '+ Add department' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Investor Relations');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(palette().getByRole('button', { name: 'Investor Relations, IR' })).toBeTruthy();
  });

  it('edits the short label beside the name; the chip is named by both, "Public Relations, Press"', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Edit Public Relations' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Public Relations' });
    const label = within(dialog).getByRole('textbox', { name: 'Short label' });
    expect(label).toHaveProperty('value', 'PR');
    expect(label.getAttribute('maxlength')).toBe('8');
    await user.clear(label);
    await user.type(label, 'Press');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(currentDocument().departments.find((d) => d.id === 'pr')?.shortLabel).toBe('Press');
    expect(palette().getByRole('button', { name: 'Public Relations, Press' }).textContent).toContain('Press');
  });

  it('warns when another department already shows the same short label', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Edit Legal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Legal' });
    const label = within(dialog).getByRole('textbox', { name: 'Short label' });
    await user.clear(label);
    await user.type(label, 'PR');
    expect(label.getAttribute('aria-describedby')).toBeTruthy();
    expect(dialog.ownerDocument.getElementById(label.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Public Relations already shows as “PR”: their chips would look alike in narrow cells.',
    );
  });

  it('offers a new department a short label from its name, which can be changed or cleared', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: '+ Add department' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Investor Relations');
    expect(screen.getByRole('textbox', { name: 'Short label' })).toHaveProperty('value', 'IR');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(currentDocument().departments.at(-1)).toMatchObject({ name: 'Investor Relations', shortLabel: 'IR' });

    // Customer Service already shows as "CS": Customer Success is offered a longer form, never the same.
    await user.click(screen.getByRole('button', { name: '+ Add department' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Customer Success');
    expect(screen.getByRole('textbox', { name: 'Short label' })).toHaveProperty('value', 'CSu');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(currentDocument().departments.at(-1)).toMatchObject({ name: 'Customer Success', shortLabel: 'CSu' });

    await user.click(screen.getByRole('button', { name: '+ Add department' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Works Council');
    await user.clear(screen.getByRole('textbox', { name: 'Short label' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(currentDocument().departments.at(-1)).not.toHaveProperty('shortLabel');
  });
});

describe('editing activities', () => {
  beforeEach(resetStores);

  it('moves an activity to another group', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Lead crisis response, edit activity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit activity' });
    const group = within(dialog).getByRole('combobox', { name: 'Group' });
    await user.clear(group);
    await user.type(group, 'Strategy & governance');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(groupHeaderAbove('crisis')).toMatch(/Strategy & governance/);
  });

  it('sets where the room stands and why the row waits, saved with the other fields as one undoable step', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Lead crisis response, edit activity' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit activity' }));
    expect((dialog.getByRole('radio', { name: 'Open' }) as HTMLInputElement).checked).toBe(true);
    expect(dialog.queryByRole('textbox', { name: /Why does this row wait/ })).toBeNull();
    await user.click(dialog.getByRole('radio', { name: 'Parked' }));
    await user.type(dialog.getByRole('textbox', { name: 'Why does this row wait? (optional)' }), 'Legal wants the crisis plan first');
    await user.type(dialog.getByRole('textbox', { name: 'Notes (optional, for the charter)' }), 'Rehearse.');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const crisis = () => currentDocument().activities.find((a) => a.id === 'crisis');
    expect(crisis()).toMatchObject({ status: 'parked', parkingNote: 'Legal wants the crisis plan first', notes: 'Rehearse.' });
    expect(screen.getByRole('button', { name: 'Status of Lead crisis response: Parked' })).toBeTruthy();

    // The editor opens on the status the row has; agreeing drops the reason to wait.
    await user.click(screen.getByRole('button', { name: 'Lead crisis response, edit activity' }));
    const again = within(await screen.findByRole('dialog', { name: 'Edit activity' }));
    expect((again.getByRole('radio', { name: 'Parked' }) as HTMLInputElement).checked).toBe(true);
    expect((again.getByRole('textbox', { name: 'Why does this row wait? (optional)' }) as HTMLInputElement).value).toBe('Legal wants the crisis plan first');
    await user.click(again.getByRole('radio', { name: 'Agreed' }));
    await user.click(again.getByRole('button', { name: 'Save' }));
    expect(crisis()).toMatchObject({ status: 'agreed' });
    expect(crisis()).not.toHaveProperty('parkingNote');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(crisis()).toMatchObject({ status: 'parked', parkingNote: 'Legal wants the crisis plan first', notes: 'Rehearse.' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(crisis()).not.toHaveProperty('status');
    expect(crisis()).not.toHaveProperty('notes');
  });

  it('adds and removes an activity', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: '+ Add activity' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Reply to reviews');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('group', { name: 'Reply to reviews, Responsible' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reply to reviews, edit activity' }));
    await user.click(screen.getByRole('button', { name: 'Remove activity' }));
    expect(screen.queryByRole('group', { name: 'Reply to reviews, Responsible' })).toBeNull();
  });
});

describe('reordering activities', () => {
  beforeEach(resetStores);

  it('moves within its group and offers no move past the group edge', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Set social media strategy and objectives, edit activity' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit activity' }));
    expect((dialog.getByRole('button', { name: 'Move up' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(dialog.getByRole('button', { name: 'Move down' }));
    expect(currentDocument().activities.slice(0, 2).map((a) => a.id)).toEqual(['policy', 'strategy']);
    expect((dialog.getByRole('button', { name: 'Move up' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
