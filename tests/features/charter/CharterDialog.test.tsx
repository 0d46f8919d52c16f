// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { currentDocument } from '../../../src/store/documentStore';
import { resetStores } from '../../app/resetStores';

describe('the Charter dialog', () => {
  beforeEach(resetStores);

  it('saves cover facts, purpose, people, escalation rules and sign-off leads as one undoable step', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Charter' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Charter' }));
    await user.type(dialog.getByRole('textbox', { name: 'Organization' }), 'Müller & Søn GmbH');
    await user.type(dialog.getByRole('textbox', { name: 'Participants (one per line)' }), 'Ana{Enter}Ольга');
    await user.type(dialog.getByRole('textbox', { name: 'Purpose and objectives' }), 'One voice.');
    await user.type(dialog.getByRole('textbox', { name: 'Social media champion' }), 'Ana');
    await user.type(dialog.getByRole('textbox', { name: 'Trigger 1' }), 'Legal threat');
    await user.type(dialog.getByRole('textbox', { name: 'Who acts 1' }), 'Legal');
    await user.click(dialog.getByRole('button', { name: 'Add an escalation rule' }));
    await user.type(dialog.getByRole('textbox', { name: 'Trigger 2' }), 'Viral complaint');
    await user.click(dialog.getByRole('button', { name: 'Remove escalation 2' }));
    await user.type(dialog.getByRole('textbox', { name: 'Public Relations' }), 'Ελένη');
    await user.click(dialog.getByRole('button', { name: 'Save' }));

    const doc = currentDocument();
    expect(doc.workshop).toMatchObject({ organization: 'Müller & Søn GmbH', participants: ['Ana', 'Ольга'] });
    expect(doc.charter).toEqual({
      purpose: 'One voice.',
      champion: 'Ana',
      sponsor: '',
      escalations: [{ trigger: 'Legal threat', who: 'Legal', howFast: '' }],
      signOff: [{ departmentId: 'pr', lead: 'Ελένη' }],
    });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(currentDocument().charter).toBeUndefined();
    expect(currentDocument().workshop.organization).toBe('');
  });

  it('is split into four parts, each a heading the part menu takes the focus to', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Charter' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Charter' }));
    // It opens in its first field, as before it had parts.
    expect(document.activeElement).toBe(dialog.getByRole('textbox', { name: 'Organization' }));
    const parts = ['Workshop', 'Purpose and roles', 'Escalation', 'Sign-off'];
    expect(dialog.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(parts);
    const menu = within(dialog.getByRole('navigation', { name: 'Parts of the charter' }));
    for (const part of parts) {
      await user.click(menu.getByRole('button', { name: part }));
      expect(document.activeElement).toBe(dialog.getByRole('heading', { name: part }));
    }
    // Each field sits in its part, under the part's name.
    expect(within(dialog.getByRole('region', { name: 'Workshop' })).getByRole('textbox', { name: 'Facilitator' })).toBeTruthy();
    expect(within(dialog.getByRole('region', { name: 'Purpose and roles' })).getByRole('textbox', { name: 'Executive sponsor' })).toBeTruthy();
    expect(within(dialog.getByRole('region', { name: 'Escalation' })).getByRole('textbox', { name: 'Trigger 1' })).toBeTruthy();
    expect(within(dialog.getByRole('region', { name: 'Sign-off' })).getByRole('combobox', { name: 'Acknowledgement of Legal' })).toBeTruthy();
  });

  it('keeps decisions and notes per activity, in the activity editor', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Lead crisis response, edit activity' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit activity' }));
    await user.type(dialog.getByRole('textbox', { name: 'Decision (optional, for the charter)' }), 'PR leads.');
    await user.type(dialog.getByRole('textbox', { name: 'Notes (optional, for the charter)' }), 'Rehearse twice a year.');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(currentDocument().activities.find((a) => a.id === 'crisis')).toMatchObject({ decision: 'PR leads.', notes: 'Rehearse twice a year.' });
  });
});
