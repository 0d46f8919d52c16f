// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const panel = () => within(screen.getByRole('region', { name: 'Checks' }));
const rules = () => panel().queryAllByRole('listitem').map((li) => li.getAttribute('data-rule'));
const example = createExampleWorkshop('2026-11-22');
const apply = (edit: Parameters<ReturnType<typeof useDocumentStore.getState>['apply']>[0]) =>
  act(() => useDocumentStore.getState().apply(edit));

describe('the Checks panel', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(example, { resetHistory: true });
  });

  it('shows counts, health and progress, and says so when every rule holds', async () => {
    await renderApp();
    expect(panel().getByText('No gaps and no conflicts: every rule holds.')).toBeTruthy();
    expect(panel().getByText('22 of 22 activities have an owner')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Checks' }).querySelector('[data-health]')?.getAttribute('data-health')).toBe('100');
  });

  it('updates at once on every change, and Undo brings the findings back as they were', async () => {
    await renderApp();
    apply((doc) => assign(doc, { activityId: 'crisis', departmentId: 'agency', role: 'A' }));
    expect(rules()).toEqual(['multiple-accountable']);
    const item = panel().getAllByRole('listitem')[0]!;
    expect(item.textContent).toMatch(/Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency\. Agree on one\./);
    expect(panel().getByText('1 error', { selector: 'button' })).toBeTruthy();
    act(() => useDocumentStore.getState().undo());
    expect(rules()).toEqual([]);
  });

  it('filters by severity', async () => {
    const user = userEvent.setup();
    await renderApp();
    apply((doc) => assign(doc, { activityId: 'crisis', departmentId: 'agency', role: 'A' }));
    apply((doc) => ({ ...doc, departments: [...doc.departments, { id: 'hr2', name: 'Works council', color: '#334155' }] }));
    expect(rules()).toEqual(['multiple-accountable', 'idle-department']);
    await user.click(panel().getByRole('button', { name: '1 error' }));
    expect(panel().getByRole('button', { name: '1 error' }).getAttribute('aria-pressed')).toBe('false');
    expect(rules()).toEqual(['idle-department']);
    await user.click(panel().getByRole('button', { name: '1 warning' }));
    expect(panel().getByText('All findings are filtered out.')).toBeTruthy();
  });

  it('can skip the rows nobody has a role in yet, without changing counts or health', async () => {
    const user = userEvent.setup();
    await renderApp();
    apply((doc) => ({ ...doc, activities: [...doc.activities, { id: 'tiktok', name: 'Run the TikTok account' }] }));
    expect(rules()).toEqual(['no-accountable', 'no-responsible', 'no-communication']);
    await user.click(panel().getByRole('button', { name: 'Skip 1 untouched row' }));
    expect(panel().getByRole('button', { name: 'Skip 1 untouched row' }).getAttribute('aria-pressed')).toBe('true');
    expect(rules()).toEqual([]);
    expect(panel().getByText('All findings are filtered out.')).toBeTruthy();
    expect(panel().getByRole('button', { name: '2 errors' })).toBeTruthy();
  });

  it('brings the row of a finding into view and lights it up', async () => {
    const user = userEvent.setup();
    await renderApp();
    apply((doc) => assign(doc, { activityId: 'crisis', departmentId: 'agency', role: 'A' }));
    await user.click(panel().getByRole('button', { name: /Two departments are accountable for Lead crisis response/ }));
    const row = document.querySelector('[data-activity="crisis"]');
    expect(row?.classList.contains('row--highlight')).toBe(true);
    // The row took the request, so a long matrix that renders it again later does not pull the view back.
    expect(useSessionStore.getState().highlight).toBeUndefined();
    expect(row?.getAttribute('data-status')).toBe('error');
    expect(within(row as HTMLElement).getByRole('img', { name: 'Checks: 1 error' })).toBeTruthy();
  });

  it('points a department finding at its chip', async () => {
    const user = userEvent.setup();
    await renderApp();
    apply((doc) => ({ ...doc, departments: [...doc.departments, { id: 'council', name: 'Works council', color: '#334155' }] }));
    await user.click(panel().getByRole('button', { name: /Works council has no role in any activity/ }));
    const chip = screen.getByRole('region', { name: 'Departments' }).querySelector('[data-status="warning"]');
    expect(chip?.classList.contains('palette-chip--highlight')).toBe(true);
    expect(within(chip as HTMLElement).getByRole('img', { name: 'Checks: 1 warning' })).toBeTruthy();
  });

  it('shows on each chip how many R and A its department holds', async () => {
    await renderApp();
    const palette = within(screen.getByRole('region', { name: 'Departments' }));
    const marketing = palette.getByRole('button', { name: 'Marketing' }).closest('li') as HTMLElement;
    expect(within(marketing).getByText('Responsible for 10, accountable for 6')).toBeTruthy();
  });

  it('keeps to its summary while it has nothing urgent to say, and opens when it has', async () => {
    await renderApp();
    // The example holds: no error, no warning, so the board gets the room.
    expect(panel().getByRole('button', { name: 'Show' }).getAttribute('aria-expanded')).toBe('false');
    expect(panel().getByText('22 of 22 activities have an owner')).toBeTruthy();
    apply((doc) => ({ ...doc, assignments: [...doc.assignments, { activityId: 'crisis', departmentId: 'agency', role: 'A' }] }));
    expect(panel().getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe('true');
    expect(panel().getByRole('list', { name: 'Findings' })).toBeTruthy();
  });

  it('collapses to its summary for the projector, and stays as it was told', async () => {
    const user = userEvent.setup();
    act(() => useDocumentStore.getState().replace({ ...example, assignments: [] }, { resetHistory: true }));
    await renderApp();
    await user.click(panel().getByRole('button', { name: 'Hide' }));
    expect(panel().getByRole('button', { name: 'Show' }).getAttribute('aria-expanded')).toBe('false');
    expect(panel().queryByRole('list')).toBeNull();
    expect(panel().getByText('0 of 22 activities have an owner')).toBeTruthy();
    // A choice outlasts changes: the errors are still there, and the panel stays hidden.
    apply((doc) => ({ ...doc, assignments: [{ activityId: 'crisis', departmentId: 'pr', role: 'A' }] }));
    expect(panel().getByRole('button', { name: 'Show' })).toBeTruthy();
  });

  it('says there is nothing to check yet in an empty matrix, with no score', async () => {
    act(() => useDocumentStore.getState().replace({ ...example, departments: [], activities: [], assignments: [] }, { resetHistory: true }));
    await renderApp();
    const region = screen.getByRole('region', { name: 'Checks' });
    expect(panel().getByText('Nothing to check yet: add departments and activities.')).toBeTruthy();
    expect(panel().queryByText(/every rule holds/)).toBeNull();
    expect(region.querySelector('.checks__score')?.textContent).toBe('–');
    expect(region.querySelector('[data-health]')).toBeNull();
    expect(region.querySelector('[aria-live="polite"] .visually-hidden')?.textContent).toBe('Nothing to check yet: add departments and activities. 0 of 0 activities have an owner.');
  });

  it('names what is missing, and shows no findings for the side that exists', async () => {
    act(() => useDocumentStore.getState().replace({ ...example, activities: [], assignments: [] }, { resetHistory: true }));
    await renderApp();
    expect(panel().getByText('Nothing to check yet: add activities.')).toBeTruthy();
    expect(rules()).toEqual([]);
    act(() => useDocumentStore.getState().replace({ ...example, departments: [], assignments: [] }, { resetHistory: true }));
    expect(panel().getByText('Nothing to check yet: add departments.')).toBeTruthy();
    expect(rules()).toEqual([]);
    expect(panel().queryByRole('button', { name: /untouched/ })).toBeNull();
  });

  it('marks each finding with the shared symbol and word of its severity', async () => {
    await renderApp();
    apply((doc) => assign(doc, { activityId: 'crisis', departmentId: 'agency', role: 'A' }));
    const mark = within(panel().getAllByRole('listitem')[0]!).getByRole('img', { name: 'error' });
    expect(mark.textContent).toBe('✕');
  });

  it('announces the summary politely', async () => {
    await renderApp();
    const live = screen.getByRole('region', { name: 'Checks' }).querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/0 errors, 0 warnings, 0 notes\. Health 100 of 100\. 22 of 22 activities have an owner\./);
  });
});

describe('Check settings', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(example, { resetHistory: true });
  });

  it('change a threshold for this workshop, undoably, and the findings follow', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(panel().getByRole('button', { name: 'Show' }));
    await user.click(panel().getByRole('button', { name: 'Check settings…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Check settings' }));
    const field = dialog.getByRole('spinbutton', { name: 'Most Consulted departments on one activity' });
    await user.clear(field);
    await user.type(field, '2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(currentDocument().checkSettings?.maxConsulted).toBe(2);
    expect(rules()).toContain('too-many-consulted');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(rules()).not.toContain('too-many-consulted');
  });

  it('refuse a value out of range, saying what is allowed', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(panel().getByRole('button', { name: 'Show' }));
    await user.click(panel().getByRole('button', { name: 'Check settings…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Check settings' }));
    const field = dialog.getByRole('spinbutton', { name: /overloaded when Responsible for more than/ });
    await user.clear(field);
    await user.type(field, '150');
    expect(dialog.getByText('A whole number from 1 to 100.')).toBeTruthy();
    expect((dialog.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
