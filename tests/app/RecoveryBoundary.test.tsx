// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveryBoundary } from '../../src/app/RecoveryBoundary';
import { resetStores } from './resetStores';

function Broken(): never {
  throw new Error('cannot draw this');
}

describe('recovery screen', () => {
  beforeEach(resetStores);
  afterEach(() => vi.restoreAllMocks());

  it('offers the current matrix as a download when drawing fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:matrix';
    });
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    render(
      <RecoveryBoundary>
        <Broken />
      </RecoveryBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong while showing the board' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/cannot draw this/);
    await user.click(screen.getByRole('button', { name: 'Download the workshop (JSON)' }));
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text).document.title).toBe('Who owns social media?');
  });
});
