// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { usePresenter } from '../../../src/store/presenter';
import { renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const activity = (id: string) => currentDocument().activities.find((a) => a.id === id);

async function present() {
  const user = userEvent.setup();
  await renderApp();
  await user.click(screen.getByRole('button', { name: 'Present' }));
  const bar = await screen.findByRole('banner', { name: 'Presenter mode' });
  expect(document.activeElement).toBe(bar);
  return { user, bar };
}

describe('presenter mode asks why a disputed or parked row waits', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(createExampleWorkshop('2026-11-22'), { resetHistory: true });
  });

  it('parks the current row with 3, takes the reason on Enter as one undo step, and gives the keys back to the agenda', async () => {
    const { user, bar } = await present();
    await user.keyboard('3');
    expect(activity('strategy')?.status).toBe('parked');
    const row = within(screen.getByRole('region', { name: 'Current row: Set social media strategy and objectives' }));
    expect(row.getByRole('button', { name: /Parked/ }).getAttribute('aria-pressed')).toBe('true');
    const field = row.getByRole('textbox', { name: 'Parked. Why does this row wait?' });
    expect(document.activeElement).toBe(field);
    // Digits and arrows are typing here, not the presenter's keys.
    await user.keyboard('Needs 2 more weeks{Enter}');
    expect(activity('strategy')).toMatchObject({ status: 'parked', parkingNote: 'Needs 2 more weeks' });
    expect(row.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(bar);
    expect(useDocumentStore.getState().history.past).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('region', { name: 'Current row: Write the social media policy' })).toBeTruthy();
    act(() => useDocumentStore.getState().undo());
    expect(activity('strategy')?.status).toBeUndefined();
    expect(activity('strategy')?.parkingNote).toBeUndefined();
  });

  it('disputes with 2 and Escape: the status stays without a reason, presenter mode stays, the focus is on the bar', async () => {
    const { user, bar } = await present();
    await user.keyboard('2');
    expect(screen.getByRole('textbox', { name: 'Disputed. Why does this row wait?' })).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(activity('strategy')?.status).toBe('disputed');
    expect(activity('strategy')?.parkingNote).toBeUndefined();
    expect(usePresenter.getState().presenting).toBe(true);
    expect(document.activeElement).toBe(bar);
    // A second Escape, from the bar, leaves presenter mode as before.
    await user.keyboard('{Escape}');
    expect(usePresenter.getState().presenting).toBe(false);
  });

  it('asks from the row’s Disputed button too, and gives the focus back to it', async () => {
    const { user } = await present();
    const row = within(screen.getByRole('region', { name: 'Current row: Set social media strategy and objectives' }));
    const disputed = row.getByRole('button', { name: /Disputed/ });
    await user.click(disputed);
    await user.keyboard('Marketing and PR both want it{Enter}');
    expect(activity('strategy')).toMatchObject({ status: 'disputed', parkingNote: 'Marketing and PR both want it' });
    expect(document.activeElement).toBe(disputed);
  });
});
