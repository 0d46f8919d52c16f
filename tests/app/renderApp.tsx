import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';

/** Renders the app and waits for the Checks panel, which loads just after the board. */
export async function renderApp(): Promise<void> {
  render(<App />);
  await screen.findByRole('region', { name: 'Checks' });
}
