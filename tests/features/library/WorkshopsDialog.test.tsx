// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { createBlankWorkshop } from '../../../src/domain/templates/blank';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import type { MemoryStorage } from '../../../src/store/memoryStorage';
import { addWorkshop, useLibraryStore } from '../../../src/store/workshopLibrary';
import { readWorkshop } from '../../../src/store/workshopSlots';
import { chooseFromMore } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const TEMPLATE_TITLE = 'Who owns social media?';
let storage: MemoryStorage;

async function openList(user: ReturnType<typeof userEvent.setup>) {
  await chooseFromMore(user, 'Workshops…');
  return within(await screen.findByRole('list', { name: 'Workshops' }));
}

describe('the Workshops list', () => {
  beforeEach(() => {
    storage = resetStores();
    addWorkshop({ ...createBlankWorkshop('2026-11-22'), title: 'Retail' });
  });

  it('shows every workshop with its last change time, the open one marked', async () => {
    const user = userEvent.setup();
    render(<App />);
    const list = await openList(user);
    const items = list.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.workshops__title')?.textContent)).toEqual(['Retail (open now)', TEMPLATE_TITLE]);
    expect(items[0]?.getAttribute('aria-current')).toBe('true');
    for (const item of items) expect(item.querySelector('time')?.getAttribute('dateTime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('switches to another workshop and closes', async () => {
    const user = userEvent.setup();
    render(<App />);
    const list = await openList(user);
    await user.click(list.getByRole('button', { name: `Open ${TEMPLATE_TITLE}` }));
    expect(screen.queryByRole('list', { name: 'Workshops' })).toBeNull();
    expect(currentDocument().title).toBe(TEMPLATE_TITLE);
    expect(document.querySelector('.status-bar')?.textContent).toMatch(/Opened the workshop/);
  });

  it('renames with Enter; Escape drops the draft and keeps the list open', async () => {
    const user = userEvent.setup();
    render(<App />);
    const list = await openList(user);
    await user.click(list.getByRole('button', { name: `Rename ${TEMPLATE_TITLE}` }));
    const field = list.getByRole('textbox', { name: `New name for ${TEMPLATE_TITLE}` });
    await user.clear(field);
    await user.type(field, 'Group social media{Enter}');
    expect(list.getByText('Group social media')).toBeTruthy();
    const id = useLibraryStore.getState().workshops.find((w) => w.title === 'Group social media')?.id ?? '';
    expect(readWorkshop(storage, id)).toMatchObject({ kind: 'ok', document: { title: 'Group social media' } });

    await user.click(list.getByRole('button', { name: 'Rename Retail' }));
    await user.type(list.getByRole('textbox', { name: 'New name for Retail' }), ' draft{Escape}');
    expect(screen.getByRole('list', { name: 'Workshops' })).toBeTruthy();
    expect(currentDocument().title).toBe('Retail');
  });

  it('duplicates a workshop', async () => {
    const user = userEvent.setup();
    render(<App />);
    const list = await openList(user);
    await user.click(list.getByRole('button', { name: 'Duplicate Retail' }));
    expect(list.getByText('Retail (copy)')).toBeTruthy();
    expect(useLibraryStore.getState().workshops).toHaveLength(3);
  });

  it('deletes only after a confirmation', async () => {
    const user = userEvent.setup();
    render(<App />);
    const list = await openList(user);
    await user.click(list.getByRole('button', { name: `Delete ${TEMPLATE_TITLE}` }));
    const confirm = within(list.getByRole('group', { name: `Delete ${TEMPLATE_TITLE}?` }));
    await user.click(confirm.getByRole('button', { name: 'Keep it' }));
    expect(useLibraryStore.getState().workshops).toHaveLength(2);
    await user.click(list.getByRole('button', { name: `Delete ${TEMPLATE_TITLE}` }));
    await user.click(list.getByRole('button', { name: 'Delete for good' }));
    expect(useLibraryStore.getState().workshops.map((w) => w.title)).toEqual(['Retail']);
  });

  it('shows the open workshop’s title as it is typed, before the autosave', async () => {
    const user = userEvent.setup();
    render(<App />);
    useDocumentStore.getState().apply((doc) => ({ ...doc, title: 'Retail 2027' }));
    const list = await openList(user);
    expect(list.getByText('Retail 2027')).toBeTruthy();
  });
});
