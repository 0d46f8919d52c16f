// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setActivityStatus, setParkingNote } from '../../../src/domain/activityStatus';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const crisis = () => currentDocument().activities.find((a) => a.id === 'crisis');
const statusControl = (status: string) => screen.getByRole('button', { name: `Status of Lead crisis response: ${status}` });
const steps = () => useDocumentStore.getState().history.past.length;

/** Chooses a status from the row's own menu by keyboard: open it, move to the status, Enter. */
async function chooseByKeyboard(user: ReturnType<typeof userEvent.setup>, from: string, status: string) {
  statusControl(from).focus();
  await user.keyboard('{Enter}');
  const menu = within(screen.getByRole('menu', { name: `Status of Lead crisis response: ${from}` }));
  while (document.activeElement !== menu.getByRole('menuitemradio', { name: status })) await user.keyboard('{ArrowDown}');
  await user.keyboard('{Enter}');
}

describe('disputing or parking a row on the board asks why it waits', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(createExampleWorkshop('2026-11-22'), { resetHistory: true });
  });

  it('parks the row at once, takes the reason typed in the row, and keeps both as one undo step', async () => {
    const user = userEvent.setup();
    await renderApp();
    await chooseByKeyboard(user, 'not settled', 'Parked');
    expect(crisis()?.status).toBe('parked');
    // The prompt loads on first use.
    const prompt = within(await screen.findByRole('form', { name: 'Lead crisis response: why it waits' }));
    const field = prompt.getByRole('textbox', { name: 'Parked. Why does this row wait?' });
    // The field takes the focus once the prompt has mounted, a moment after it shows on a busy machine.
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.closest('.row')?.getAttribute('data-activity')).toBe('crisis');

    await user.keyboard('Legal wants to see the crisis plan first{Enter}');
    expect(crisis()).toMatchObject({ status: 'parked', parkingNote: 'Legal wants to see the crisis plan first' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(statusControl('Parked'));
    expect(useSessionStore.getState().status.text).toBe('Noted why Lead crisis response waits.');
    expect(steps()).toBe(1);

    // The parking lot shows the reason.
    const panel = within(screen.getByRole('region', { name: 'Checks' }));
    await user.click(panel.getByRole('button', { name: 'Show' }));
    expect((panel.getByRole('textbox', { name: 'Why Lead crisis response waits' }) as HTMLInputElement).value).toBe('Legal wants to see the crisis plan first');

    act(() => useDocumentStore.getState().undo());
    expect(crisis()?.status).toBeUndefined();
    expect(crisis()?.parkingNote).toBeUndefined();
  });

  it('keeps the status without a reason on Escape, and gives the focus back to the status control', async () => {
    const user = userEvent.setup();
    await renderApp();
    await chooseByKeyboard(user, 'not settled', 'Disputed');
    const disputedField = await screen.findByRole('textbox', { name: 'Disputed. Why does this row wait?' });
    await waitFor(() => expect(document.activeElement).toBe(disputedField));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(crisis()?.status).toBe('disputed');
    expect(crisis()?.parkingNote).toBeUndefined();
    expect(document.activeElement).toBe(statusControl('Disputed'));
    expect(steps()).toBe(1);
  });

  it('starts from the note a disputed row has when it is parked, and No reason drops it within the same step', async () => {
    const user = userEvent.setup();
    useDocumentStore.getState().apply((d) => setParkingNote(setActivityStatus(d, 'crisis', 'disputed'), 'crisis', 'Budget first'));
    await renderApp();
    await chooseByKeyboard(user, 'Disputed', 'Parked');
    expect((await screen.findByRole<HTMLInputElement>('textbox', { name: 'Parked. Why does this row wait?' })).value).toBe('Budget first');
    await user.click(screen.getByRole('button', { name: 'No reason' }));
    expect(crisis()?.status).toBe('parked');
    expect(crisis()?.parkingNote).toBeUndefined();
    expect(document.activeElement).toBe(statusControl('Parked'));
    act(() => useDocumentStore.getState().undo());
    expect(crisis()).toMatchObject({ status: 'disputed', parkingNote: 'Budget first' });
  });

  it('asks again for a row already parked, so its reason can be changed, as a step of its own', async () => {
    const user = userEvent.setup();
    useDocumentStore.getState().apply((d) => setActivityStatus(d, 'crisis', 'parked'));
    await renderApp();
    await chooseByKeyboard(user, 'Parked', 'Parked');
    const parkedField = await screen.findByRole('textbox', { name: 'Parked. Why does this row wait?' });
    await waitFor(() => expect(document.activeElement).toBe(parkedField));
    await user.keyboard('Waits for the agency{Enter}');
    expect(crisis()).toMatchObject({ status: 'parked', parkingNote: 'Waits for the agency' });
    expect(steps()).toBe(2);
    act(() => useDocumentStore.getState().undo());
    expect(crisis()).toMatchObject({ status: 'parked' });
    expect(crisis()?.parkingNote).toBeUndefined();
  });

  it('asks nothing for agreed or open', async () => {
    const user = userEvent.setup();
    await renderApp();
    await chooseByKeyboard(user, 'not settled', 'Agreed');
    expect(crisis()?.status).toBe('agreed');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(statusControl('Agreed'));
  });
});
