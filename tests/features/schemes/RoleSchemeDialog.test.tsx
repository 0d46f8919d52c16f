// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RaciDocument } from '../../../src/domain/model';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { chooseFromMore, renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const example = createExampleWorkshop('2026-11-22');
// The example in RASCI, with Support given to two departments, one of which is also consulted there.
const withSupport: RaciDocument = {
  ...example,
  roleScheme: 'RASCI',
  assignments: [
    ...example.assignments,
    { activityId: 'crisis', departmentId: 'it', role: 'S' },
    { activityId: 'crisis', departmentId: example.assignments.find((a) => a.activityId === 'crisis' && a.role === 'C')!.departmentId, role: 'S' },
  ],
};

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await renderApp();
  await chooseFromMore(user, /^Role scheme/);
  return within(await screen.findByRole('dialog', { name: 'Role scheme' }));
}

describe('the role scheme dialog', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(example, { resetHistory: true });
  });

  it('starts on the scheme in use and changes nothing until another is chosen', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    expect((dialog.getByRole('radio', { name: 'RACI' }) as HTMLInputElement).checked).toBe(true);
    expect(dialog.getByRole('radio', { name: 'RACI' }).getAttribute('aria-describedby')).toBeTruthy();
    expect((dialog.getByRole('button', { name: 'Switch' }) as HTMLButtonElement).disabled).toBe(true);
    expect(dialog.queryByRole('table')).toBeNull();
  });

  it('shows where each role goes with its count, then switches in one undo step', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    await user.click(dialog.getByRole('radio', { name: 'DACI' }));
    const rows = within(dialog.getByRole('table', { name: 'How the roles move from RACI to DACI' })).getAllByRole('row').slice(1);
    const responsible = example.assignments.filter((a) => a.role === 'R').length;
    expect(rows.map((r) => r.textContent)).toEqual([
      `RResponsibleDDriver${responsible}`,
      expect.stringMatching(/^AAccountableAApprover\d+$/),
      expect.stringMatching(/^CConsultedCContributor\d+$/),
      expect.stringMatching(/^IInformedIInformed\d+$/),
    ]);
    // DACI wants one Driver: the example's rows with two doers become warnings, said before the switch.
    expect(dialog.getByText(/After the switch: 131 assignments in DACI\. Checks: 0 errors, \d+ warnings \(now 0 errors, 0 warnings\)\./)).toBeTruthy();

    await user.click(dialog.getByRole('button', { name: 'Switch to DACI' }));
    expect(screen.queryByRole('dialog', { name: 'Role scheme' })).toBeNull();
    expect(currentDocument().roleScheme).toBe('DACI');
    expect(currentDocument().assignments.filter((a) => a.role === 'D')).toHaveLength(responsible);
    expect(useSessionStore.getState().status.text).toBe('Switched from RACI to DACI: 131 assignments in DACI. Undo with Ctrl+Z.');
    expect(screen.getByRole('columnheader', { name: /Driver/ })).toBeTruthy();

    act(() => useDocumentStore.getState().undo());
    expect(currentDocument()).toEqual(example);
  });

  it('lets Support go to another role or be dropped, and says what merges', async () => {
    useDocumentStore.getState().replace(withSupport, { resetHistory: true });
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    await user.click(dialog.getByRole('radio', { name: 'RACI' }));
    const support = dialog.getByRole('combobox', { name: 'Support becomes' }) as HTMLSelectElement;
    expect(support.value).toBe('C');
    expect([...support.options].map((o) => o.text)).toEqual(['Responsible (R)', 'Consulted (C)', 'Informed (I)', 'Dropped']);
    expect(dialog.getByText(/After the switch: 132 assignments in RACI, 1 merged with a role the department already holds\./)).toBeTruthy();

    await user.selectOptions(support, 'Dropped');
    expect(dialog.getByText(/After the switch: 131 assignments in RACI, 2 dropped\./)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Switch to RACI' }));
    expect(currentDocument().assignments).toEqual(example.assignments);
  });
});
