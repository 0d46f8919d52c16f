// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { serializeWorkshop } from '../../../src/format/serializeWorkshop';
import { decodeShareFragment, encodeShareFragment } from '../../../src/format/shareLink';
import { currentDocument, useDocumentStore } from '../../../src/store/documentStore';
import { useLibraryStore } from '../../../src/store/workshopLibrary';
import { resetStores } from '../../app/resetStores';

const example = createExampleWorkshop('2026-11-22');
const stamp = { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };

afterEach(() => window.history.replaceState(null, '', '/'));

describe('Share', () => {
  beforeEach(() => {
    resetStores();
  });

  it('shows a link that carries the whole matrix in its fragment', async () => {
    const user = userEvent.setup();
    render(<App />);
    useDocumentStore.getState().replace(example);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Share link' }));
    const field = (await dialog.findByRole('textbox', { name: 'Link' })) as HTMLInputElement;
    const url = new URL(field.value);
    expect(url.origin).toBe(window.location.origin);
    expect(await decodeShareFragment(url.hash)).toMatchObject({ ok: true, document: example });
  });

  it('says so when the clipboard is refused, and leaves the link to copy by hand', async () => {
    const user = userEvent.setup();
    render(<App />);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText(/did not allow copying/)).toBeTruthy();
  });

  it('suggests a file when the matrix is too big for a link', async () => {
    const user = userEvent.setup();
    render(<App />);
    // Random notes do not compress: a few long ones pass the link limit (and notes are not drawn on the board).
    const noise = () => Array.from({ length: 400 }, () => Math.random().toString(36).slice(2)).join('');
    const activities = example.activities.map((a) => ({ ...a, notes: noise() }));
    useDocumentStore.getState().replace({ ...example, activities });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/too big for a link/);
    expect(screen.getByRole('button', { name: 'Save as a file' })).toBeTruthy();
  });
});

describe('opening a share link', () => {
  beforeEach(() => {
    resetStores();
  });

  it('offers the shared matrix as a new workshop and replaces nothing silently', async () => {
    const user = userEvent.setup();
    const fragment = await encodeShareFragment(serializeWorkshop(example, stamp));
    window.history.replaceState(null, '', `/#${fragment}`);
    const before = currentDocument();
    render(<App />);
    const offer = within(await screen.findByRole('dialog', { name: 'Open a shared workshop?' }));
    expect(currentDocument()).toBe(before);
    await user.click(offer.getByRole('button', { name: 'Open as a new workshop' }));
    expect(currentDocument()).toEqual(example);
    expect(useLibraryStore.getState().workshops).toHaveLength(2);
    expect(window.location.hash).toBe('');
  });

  it('declining leaves everything as it was and forgets the link', async () => {
    const user = userEvent.setup();
    const fragment = await encodeShareFragment(serializeWorkshop(example, stamp));
    render(<App />);
    const before = currentDocument();
    act(() => {
      window.location.hash = fragment;
    });
    const offer = within(await screen.findByRole('dialog', { name: 'Open a shared workshop?' }));
    await user.click(offer.getByRole('button', { name: 'Not now' }));
    expect(currentDocument()).toBe(before);
    expect(useLibraryStore.getState().workshops).toHaveLength(1);
    expect(window.location.hash).toBe('');
  });

  it('refuses a broken link in an alert', async () => {
    window.history.replaceState(null, '', '/#share=1.bm90IGRlZmxhdGU');
    render(<App />);
    const alert = await screen.findByRole('alertdialog', { name: 'Could not open the shared link' });
    expect(alert.textContent).toMatch(/cut short/);
  });
});
