// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const crisis = () => currentDocument().activities.find((a) => a.id === 'crisis');
const panel = () => within(screen.getByRole('region', { name: 'Checks' }));

async function setStatus(user: ReturnType<typeof userEvent.setup>, activity: string, status: string) {
  await user.click(screen.getAllByRole('button', { name: new RegExp(`^Status of ${activity}: `) })[0]!);
  await user.click(within(screen.getByRole('menu')).getByRole('menuitemradio', { name: status }));
}

describe('row status and the parking lot', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(createExampleWorkshop('2026-11-22'), { resetHistory: true });
  });

  it('sets a row status from the row, with the current one checked, in one undo step', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Status of Lead crisis response: not settled' }));
    const menu = within(screen.getByRole('menu'));
    expect(menu.getAllByRole('menuitemradio').map((item) => [item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['Open', 'true'], ['Agreed', 'false'], ['Disputed', 'false'], ['Parked', 'false'],
    ]);
    await user.click(menu.getByRole('menuitemradio', { name: 'Agreed' }));
    expect(crisis()?.status).toBe('agreed');
    expect(useSessionStore.getState().status.text).toBe('Lead crisis response: agreed. Undo with Ctrl+Z.');
    expect(screen.getByRole('button', { name: 'Status of Lead crisis response: Agreed' })).toBeTruthy();
    expect(panel().getByText('1 agreed, 0 disputed, 0 parked')).toBeTruthy();
    act(() => useDocumentStore.getState().undo());
    expect(crisis()?.status).toBeUndefined();
    expect(panel().queryByText(/agreed, .* parked/)).toBeNull();
  });

  it('collects parked and disputed rows in the parking lot, where a note says why they wait', async () => {
    const user = userEvent.setup();
    await renderApp();
    await setStatus(user, 'Lead crisis response', 'Parked');
    await setStatus(user, 'Set social media strategy and objectives', 'Disputed');
    await user.click(panel().getByRole('button', { name: 'Show' }));
    const lot = within(panel().getByRole('region', { name: 'Parking lot (2)' }));
    expect(lot.getAllByRole('listitem').map((li) => within(li).getAllByRole('button')[1]?.textContent)).toEqual([
      'Set social media strategy and objectives, disputed',
      'Lead crisis response, parked',
    ]);
    const note = lot.getByRole('textbox', { name: 'Why Lead crisis response waits' });
    await user.type(note, 'Legal wants to see the crisis plan first{Enter}');
    expect(crisis()?.parkingNote).toBe('Legal wants to see the crisis plan first');
    // Typing was one edit, not one per key.
    act(() => useDocumentStore.getState().undo());
    expect(crisis()?.parkingNote).toBeUndefined();
    expect((note as HTMLInputElement).value).toBe('');

    await user.click(lot.getByRole('button', { name: 'Lead crisis response, parked' }));
    expect(document.querySelector('.row[data-activity="crisis"]')?.classList.contains('row--highlight')).toBe(true);
    await setStatus(user, 'Lead crisis response', 'Agreed');
    expect(panel().getByRole('region', { name: 'Parking lot (1)' })).toBeTruthy();
  });
});
