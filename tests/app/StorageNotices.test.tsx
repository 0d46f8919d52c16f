// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StorageNotices } from '../../src/app/StorageNotices';
import { useSessionStore } from '../../src/store/sessionStore';
import { resetStores } from './resetStores';

describe('storage notices', () => {
  beforeEach(resetStores);

  it('warn when storage is full, with a way out', () => {
    useSessionStore.setState({ storageProblem: 'full' });
    render(<StorageNotices />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/storage is full/);
    expect(within(alert).getByRole('button', { name: 'Download the workshop' })).toBeTruthy();
  });

  it('offer a kept-aside workshop for download until it is deleted', async () => {
    const user = userEvent.setup();
    useSessionStore.setState({ keptAside: [{ key: 'raci-workshop/kept-aside/2026-11-22T10:00:00.000Z', text: '{broken', reason: 'The file is not valid JSON.' }] });
    render(<StorageNotices />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/kept aside, untouched/);
    expect(within(alert).getByRole('button', { name: 'Download the kept workshop' })).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Delete the kept copy' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('list the repairs made to a restored workshop', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().setRepairs({
      source: 'the saved workshop',
      warnings: ['Assignment 4 repeats an earlier one; it was left out.'],
      ignored: [],
    });
    render(<StorageNotices />);
    expect(screen.getByText('The saved workshop was opened with one repair:')).toBeTruthy();
    expect(screen.getByText(/repeats an earlier one/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/repeats an earlier one/)).toBeNull();
  });

  it('tell fields this version does not know apart from repairs: ignored, listed, the first five of many', () => {
    const ignored = Array.from({ length: 7 }, (_, i) => ({ path: `document.activities[${i}].owner`, at: ['document', 'activities', i, 'owner'] }));
    useSessionStore.getState().setRepairs({ source: '“plan.raci.json”', warnings: [], ignored });
    render(<StorageNotices />);
    const notice = screen.getByRole('status');
    expect(notice.textContent).not.toMatch(/repair/);
    expect(notice.textContent).toMatch(/^“plan\.raci\.json” has 7 fields this version of the app does not know, probably from a newer version\. They were left out/);
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `The field “owner” of activity ${n} is not known to this version; it was ignored.`),
      'And 2 more.',
    ]);
  });
});
