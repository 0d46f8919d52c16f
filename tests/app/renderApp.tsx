import { render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../src/app/App';

/** Renders the app and waits for the Checks panel, which loads just after the board. */
export async function renderApp(): Promise<void> {
  render(<App />);
  await screen.findByRole('region', { name: 'Checks' });
}

/** Chooses a command from the toolbar's More menu. */
export async function chooseFromMore(user: UserEvent, item: string | RegExp): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'More' }));
  await user.click(within(screen.getByRole('menu', { name: 'More' })).getByRole('menuitem', { name: item }));
}
