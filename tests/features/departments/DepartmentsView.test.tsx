// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generateMatrix } from '../../../bench/generateMatrix';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { chooseCheckScope } from '../../../src/store/checkReport';
import { useDocumentStore } from '../../../src/store/documentStore';
import { chooseView } from '../../../src/store/viewChoice';
import { renderApp } from '../../app/renderApp';
import { resetStores } from '../../app/resetStores';

const example = createExampleWorkshop('2026-11-22');

describe('the departments view', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(example, { resetHistory: true });
    act(() => chooseView('departments'));
  });

  it('gives each department a card: owner and doer first, every role with its activities, the load', async () => {
    await renderApp();
    // The first cards come at once, the rest over the next frames.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(example.departments.length));
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(example.departments.map((d) => (d.shortLabel && d.shortLabel !== d.name ? `${d.name} (${d.shortLabel})` : d.name)));
    const pr = within(screen.getByRole('article', { name: 'Public Relations (PR)' }));
    expect(pr.getAllByRole('term').map((t) => t.textContent)).toEqual(['AAccountable (6)', 'RResponsible (7)', 'CConsulted (5)', 'IInformed (4)']);
    // Lead crisis response is among what PR is Accountable for (the first role listed).
    expect(within(pr.getAllByRole('definition')[0] as HTMLElement).getByText('Lead crisis response')).toBeTruthy();
    expect(pr.getByText('Accountable for 6 and Responsible for 7 of 22 activities')).toBeTruthy();
  });

  it('lists the department’s own findings, and follows the matrix live', async () => {
    await renderApp();
    // A department nobody has given a role yet is work to do while under way: every row is judged here.
    act(() => chooseCheckScope('everything'));
    act(() => useDocumentStore.getState().apply((doc) => ({ ...doc, assignments: doc.assignments.filter((a) => a.departmentId !== 'agency') })));
    const agency = within(await screen.findByRole('article', { name: 'Advertising Agency (Agency)' }));
    expect(within(agency.getByRole('list', { name: 'Findings for Advertising Agency' })).getByText(/Advertising Agency has no role in any activity/)).toBeTruthy();
    expect(agency.getAllByText('none')).toHaveLength(4);
  });

  it('prints from the browser’s print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Print…' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('renders the cards of a long matrix a few per frame, and every card at once for paper', async () => {
    act(() => useDocumentStore.getState().replace(generateMatrix(200, 30), { resetHistory: true }));
    await renderApp();
    const first = (await screen.findAllByRole('article')).length;
    expect(first).toBeLessThan(30);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(30));

    act(() => chooseView('board'));
    act(() => chooseView('departments'));
    expect(screen.getAllByRole('article').length).toBeLessThan(30);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('article')).toHaveLength(30);
  });
});
