// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { checkScopeChoice } from '../../../src/store/checkReport';
import { useLibraryStore } from '../../../src/store/workshopLibrary';
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

  it('leads with progress while under way, and shows health over every row one click away', async () => {
    const user = userEvent.setup();
    await renderApp();
    const region = screen.getByRole('region', { name: 'Checks' });
    expect(region.querySelector('.checks__score')?.textContent).toBe('22 of 22');
    expect(panel().getByText('0 still to do')).toBeTruthy();
    expect(region.querySelector('[data-health]')).toBeNull();
    await user.click(panel().getByRole('button', { name: 'Judge every row' }));
    expect(panel().getByRole('button', { name: 'Judge every row' }).getAttribute('aria-pressed')).toBe('true');
    expect(region.querySelector('[data-health]')?.getAttribute('data-health')).toBe('100');
    expect(panel().getByText('22 of 22 activities settled')).toBeTruthy();
    await user.click(panel().getByRole('button', { name: 'Show' }));
    expect(panel().getByText('No gaps and no conflicts: every rule holds.')).toBeTruthy();
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
    // Under way, a department nobody has given a role yet is work to do; every row shows it.
    expect(rules()).toEqual(['multiple-accountable']);
    await user.click(panel().getByRole('button', { name: 'Judge every row' }));
    expect(rules()).toEqual(['multiple-accountable', 'idle-department']);
    await user.click(panel().getByRole('button', { name: '1 error' }));
    expect(panel().getByRole('button', { name: '1 error' }).getAttribute('aria-pressed')).toBe('false');
    expect(rules()).toEqual(['idle-department']);
    await user.click(panel().getByRole('button', { name: '1 warning' }));
    expect(panel().getByText('All findings are filtered out.')).toBeTruthy();
  });

  it('judges the touched rows while under way, counts the rest as still to do, and remembers the choice per workshop', async () => {
    const user = userEvent.setup();
    await renderApp();
    apply((doc) => ({ ...doc, activities: [...doc.activities, { id: 'tiktok', name: 'Run the TikTok account' }] }));
    const region = screen.getByRole('region', { name: 'Checks' });
    expect(region.querySelector('.checks__score')?.textContent).toBe('22 of 23');
    expect(panel().getByText('1 still to do')).toBeTruthy();
    expect(panel().getByText('0 errors', { selector: 'span' })).toBeTruthy();
    const row = document.querySelector('[data-activity="tiktok"]') as HTMLElement;
    expect(row.getAttribute('data-status')).toBe('todo');
    expect(within(row).getByRole('img', { name: 'Checks: still to do' })).toBeTruthy();
    await user.click(panel().getByRole('button', { name: 'Judge every row' }));
    expect(panel().getByText('2 errors', { selector: 'span' })).toBeTruthy();
    expect(row.getAttribute('data-status')).toBe('error');
    // Errors now: the panel opens by itself.
    expect(rules()).toEqual(['no-accountable', 'no-responsible', 'no-communication']);
    expect(checkScopeChoice.get()).toEqual({ [useLibraryStore.getState().activeId ?? '']: 'everything' });
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
    await user.click(panel().getByRole('button', { name: 'Judge every row' }));
    await user.click(panel().getByRole('button', { name: /Works council has no role in any activity/ }));
    const chip = screen.getByRole('region', { name: 'Departments' }).querySelector('[data-status="warning"]');
    expect(chip?.classList.contains('palette-chip--highlight')).toBe(true);
    expect(within(chip as HTMLElement).getByRole('img', { name: 'Checks: 1 warning' })).toBeTruthy();
  });

  it('warns while under way about two departments showing one short label, and marks the later chip', async () => {
    await renderApp();
    apply((doc) => ({ ...doc, departments: doc.departments.map((d) => (d.id === 'agency' ? { ...d, shortLabel: 'pr' } : d)) }));
    expect(rules()).toEqual(['repeated-short-label']);
    expect(panel().getByRole('listitem').textContent).toContain(
      'Advertising Agency shows as “pr”, as Public Relations already does: their chips look alike. Give one of them another short label.',
    );
    const agency = screen.getByRole('region', { name: 'Departments' }).querySelector('[data-status="warning"]') as HTMLElement;
    expect(within(agency).getByRole('button', { name: 'Advertising Agency, pr' })).toBeTruthy();
  });

  it('shows on each chip how many R and A its department holds', async () => {
    await renderApp();
    const palette = within(screen.getByRole('region', { name: 'Departments' }));
    const marketing = palette.getByRole('button', { name: 'Marketing, Mktg' }).closest('li') as HTMLElement;
    expect(within(marketing).getByText('Responsible for 10, accountable for 6')).toBeTruthy();
  });

  it('keeps to its summary while it has nothing urgent to say, and opens when it has', async () => {
    await renderApp();
    // The example holds: no error, no warning, so the board gets the room.
    expect(panel().getByRole('button', { name: 'Show' }).getAttribute('aria-expanded')).toBe('false');
    expect(panel().getByText('0 still to do')).toBeTruthy();
    apply((doc) => ({ ...doc, assignments: [...doc.assignments, { activityId: 'crisis', departmentId: 'agency', role: 'A' }] }));
    expect(panel().getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe('true');
    expect(panel().getByRole('list', { name: 'Findings' })).toBeTruthy();
  });

  it('collapses to its summary for the projector, and stays as it was told', async () => {
    const user = userEvent.setup();
    act(() => useDocumentStore.getState().replace({ ...example, assignments: [{ activityId: 'crisis', departmentId: 'pr', role: 'A' }] }, { resetHistory: true }));
    await renderApp();
    await user.click(panel().getByRole('button', { name: 'Hide' }));
    expect(panel().getByRole('button', { name: 'Show' }).getAttribute('aria-expanded')).toBe('false');
    expect(panel().queryByRole('list')).toBeNull();
    expect(panel().getByText('21 still to do')).toBeTruthy();
    // A choice outlasts changes: the error is still there, and the panel stays hidden.
    apply((doc) => ({ ...doc, assignments: [...doc.assignments, { activityId: 'policy', departmentId: 'pr', role: 'A' }] }));
    expect(panel().getByRole('button', { name: 'Show' })).toBeTruthy();
  });

  it('says there is nothing to check yet in an empty matrix, with no score', async () => {
    act(() => useDocumentStore.getState().replace({ ...example, departments: [], activities: [], assignments: [] }, { resetHistory: true }));
    await renderApp();
    const region = screen.getByRole('region', { name: 'Checks' });
    expect(panel().getByText('Nothing to check yet: add departments and activities.', { selector: 'p' })).toBeTruthy();
    expect(panel().queryByText(/every rule holds/)).toBeNull();
    expect(region.querySelector('.checks__score')?.textContent).toBe('–');
    expect(region.querySelector('[data-health]')).toBeNull();
    expect(region.querySelector('[aria-live="polite"] .visually-hidden')?.textContent).toBe('Nothing to check yet: add departments and activities.');
  });

  it('names what is missing, and shows no findings for the side that exists', async () => {
    act(() => useDocumentStore.getState().replace({ ...example, activities: [], assignments: [] }, { resetHistory: true }));
    await renderApp();
    expect(panel().getByText('Nothing to check yet: add activities.', { selector: 'p' })).toBeTruthy();
    expect(rules()).toEqual([]);
    act(() => useDocumentStore.getState().replace({ ...example, departments: [], assignments: [] }, { resetHistory: true }));
    expect(panel().getByText('Nothing to check yet: add departments.', { selector: 'p' })).toBeTruthy();
    expect(rules()).toEqual([]);
    expect(panel().queryByRole('button', { name: 'Judge every row' })).toBeNull();
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
    expect(live?.textContent).toMatch(/22 of 22 activities settled, 0 still to do\. In the rows under way: 0 errors, 0 warnings, 0 notes\./);
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
