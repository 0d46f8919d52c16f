// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { resetStores } from '../../app/resetStores';

const cell = (name: string) => screen.getByRole('group', { name });
const palette = () => within(screen.getByRole('region', { name: 'Departments' }));

describe('the board', () => {
  beforeEach(resetStores);

  it('names the palette, its chips (with the short label each shows, where it is not the name) and every drop cell', () => {
    render(<App />);
    for (const name of ['Marketing, Mktg', 'Public Relations, PR', 'Customer Service, CS', 'Legal', 'IT', 'HR']) {
      expect(palette().getByRole('button', { name })).toBeTruthy();
    }
    expect(cell('Resolve customer complaints, Accountable')).toBeTruthy();
    expect(cell('Lead crisis response, Informed')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Responsibility matrix' })).getAllByRole('group')).toHaveLength(22 * 4);
  });

  it('arms a chip and places it with clicks, then disarms', async () => {
    const user = userEvent.setup();
    render(<App />);
    const legal = palette().getByRole('button', { name: 'Legal' });
    await user.click(legal);
    expect(legal.getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Place Legal in Resolve customer complaints, Accountable' }));
    expect(within(cell('Resolve customer complaints, Accountable')).getByRole('button', { name: 'Legal' })).toBeTruthy();
    expect(screen.getByText('Legal assigned to Resolve customer complaints, Accountable.')).toBeTruthy();
    await user.click(legal);
    expect(legal.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryAllByRole('button', { name: /^Place Legal in/ })).toHaveLength(0);
  });

  it('removes a placed chip with Delete or its remove control', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(palette().getByRole('button', { name: 'Sales' }));
    await user.click(screen.getByRole('button', { name: 'Place Sales in Lead crisis response, Informed' }));
    await user.click(screen.getByRole('button', { name: 'Place Sales in Lead crisis response, Consulted' }));
    await user.keyboard('{Escape}');

    within(cell('Lead crisis response, Informed')).getByRole('button', { name: 'Sales' }).focus();
    await user.keyboard('{Delete}');
    expect(within(cell('Lead crisis response, Informed')).queryByRole('button', { name: 'Sales' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove Sales from Lead crisis response, Consulted' }));
    expect(within(cell('Lead crisis response, Consulted')).queryByRole('button', { name: 'Sales' })).toBeNull();
    expect(screen.getByText(/Sales removed from Lead crisis response, Consulted/).getAttribute('role')).toBe('status');
  });
});
