// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateMatrix } from '../../../bench/generateMatrix';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { chooseView, useViewChoice } from '../../../src/store/viewChoice';
import { renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const example = createExampleWorkshop('2026-11-22');
const grid = () => screen.findByRole('grid', { name: 'Responsibility matrix' });
const cellName = (activity: string, department: string, roles: string) => `${activity}, ${department}: ${roles}`;
const rolesOf = (activityId: string, departmentId: string) =>
  currentDocument().assignments.filter((a) => a.activityId === activityId && a.departmentId === departmentId).map((a) => a.role).sort();

describe('the matrix view', () => {
  beforeEach(() => {
    const storage = resetStores();
    useDocumentStore.getState().replace(example, { resetHistory: true });
    storage.setItem('raci-workshop/view', 'board');
  });

  it('is chosen in the toolbar and remembered in this browser', async () => {
    const user = userEvent.setup();
    const storage = resetStores();
    await renderApp();
    const views = within(screen.getByRole('group', { name: 'View' }));
    expect(views.getByRole('button', { name: 'Board' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(views.getByRole('button', { name: 'Matrix' }));
    expect(await grid()).toBeTruthy();
    expect(views.getByRole('button', { name: 'Matrix' }).getAttribute('aria-pressed')).toBe('true');
    expect(storage.getItem('raci-workshop/view')).toBe('matrix');
    await user.keyboard('{Alt>}{Shift>}b{/Shift}{/Alt}');
    expect(useViewChoice.getState().view).toBe('board');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('shows departments across by short label, activities down, and the roles in each cell, named in full', async () => {
    act(() => chooseView('matrix'));
    await renderApp();
    const table = within(await grid());
    const pr = table.getByRole('columnheader', { name: /^Public Relations/ });
    expect(pr.textContent).toContain('PR');
    expect(pr.getAttribute('title')).toBe('Public Relations');
    expect(table.getByRole('rowheader', { name: /Lead crisis response/ })).toBeTruthy();
    expect(table.getByRole('gridcell', { name: cellName('Lead crisis response', 'Public Relations', 'Responsible, Accountable') })).toBeTruthy();
    expect(table.getByRole('gridcell', { name: cellName('Lead crisis response', 'Advertising Agency', 'no role') })).toBeTruthy();
    // One Tab stop for the whole grid.
    expect(table.getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0)).toHaveLength(1);
  });

  it('moves by arrow keys, toggles a role by its letter, clears with Delete, each change one undo step', async () => {
    const user = userEvent.setup();
    act(() => chooseView('matrix'));
    await renderApp();
    const table = within(await grid());
    const first = table.getByRole('gridcell', { name: cellName('Set social media strategy and objectives', 'Marketing', 'Responsible, Accountable') });
    first.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const cs = table.getByRole('gridcell', { name: /^Set social media strategy and objectives, Customer Service: / });
    expect(document.activeElement).toBe(cs);
    await user.keyboard('c');
    expect(rolesOf('strategy', 'customer-service')).toEqual([]);
    expect(useSessionStore.getState().status?.text).toBe('Customer Service: no role for Set social media strategy and objectives.');
    await user.keyboard('r');
    expect(rolesOf('strategy', 'customer-service')).toEqual(['R']);
    await user.keyboard('i');
    expect(rolesOf('strategy', 'customer-service')).toEqual(['I', 'R']);
    expect(document.activeElement).toBe(table.getByRole('gridcell', { name: cellName('Set social media strategy and objectives', 'Customer Service', 'Responsible, Informed') }));
    await user.keyboard('{Delete}');
    expect(rolesOf('strategy', 'customer-service')).toEqual([]);
    await user.keyboard('{Control>}z{/Control}');
    expect(rolesOf('strategy', 'customer-service')).toEqual(['I', 'R']);
    await user.keyboard('{ArrowDown}{End}');
    expect(document.activeElement).toBe(table.getByRole('gridcell', { name: /^Write the social media policy, Product & Research: / }));
  });

  it('opens a role picker on a click, whose toggles change the cell; Escape gives the focus back to the cell', async () => {
    const user = userEvent.setup();
    act(() => chooseView('matrix'));
    await renderApp();
    const table = within(await grid());
    const cell = table.getByRole('gridcell', { name: cellName('Lead crisis response', 'Advertising Agency', 'no role') });
    await user.click(cell);
    const picker = within(table.getByRole('group', { name: 'Roles of Lead crisis response, Advertising Agency' }));
    expect(document.activeElement).toBe(picker.getByRole('button', { name: 'Responsible' }));
    await user.click(picker.getByRole('button', { name: 'Consulted' }));
    expect(rolesOf('crisis', 'agency')).toEqual(['C']);
    expect(picker.getByRole('button', { name: 'Consulted' }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Escape}');
    expect(table.queryByRole('group', { name: /Roles of/ })).toBeNull();
    expect(document.activeElement).toBe(table.getByRole('gridcell', { name: cellName('Lead crisis response', 'Advertising Agency', 'Consulted') }));
  });

  it('follows the checks live: a second Accountable marks the row', async () => {
    const user = userEvent.setup();
    act(() => chooseView('matrix'));
    await renderApp();
    const table = within(await grid());
    table.getByRole('gridcell', { name: cellName('Lead crisis response', 'Advertising Agency', 'no role') }).focus();
    await user.keyboard('a');
    expect(within(table.getByRole('rowheader', { name: /Lead crisis response/ })).getByRole('img', { name: /^Checks: 1 error/ })).toBeTruthy();
  });
});

describe('a long matrix in the matrix view', () => {
  const long = generateMatrix(200, 30);
  const rendered = () => document.querySelectorAll('tr[data-activity]').length;
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(long, { resetHistory: true });
    act(() => chooseView('matrix'));
  });

  it('renders the rows near the view and tells assistive technology every row and where each one is', async () => {
    await renderApp();
    const table = await grid();
    // 200 activities in 20 groups, and the header row.
    expect(table.getAttribute('aria-rowcount')).toBe('221');
    expect(rendered()).toBeGreaterThan(10);
    expect(rendered()).toBeLessThan(100);
    expect(document.querySelector('tr[data-activity="a1"]')?.getAttribute('aria-rowindex')).toBe('3');
  });

  it('keeps the focused cell rendered when the keyboard takes it past the rendered rows, and Find reaches the last activity', async () => {
    const user = userEvent.setup();
    await renderApp();
    const table = within(await grid());
    table.getByRole('gridcell', { name: /^Activity 1, Department 1: / }).focus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(table.getByRole('gridcell', { name: /^Activity 200, Department 30: / }));
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe('221');
    const held = rolesOf('a1', 'd1').includes('R');
    await user.keyboard('{Control>}{Home}{/Control}r');
    expect(rolesOf('a1', 'd1').includes('R')).toBe(!held);
    expect(rendered()).toBeLessThan(100);

    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find an activity' }));
    await user.keyboard('Activity 200');
    expect(document.querySelector('.finder__count')?.textContent).toContain('1 of 1: Activity 200');
    expect(document.querySelector('tr[data-activity="a200"]')?.classList.contains('matrix__row--active')).toBe(true);
  });
});
