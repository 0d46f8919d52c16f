// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { WaitingReasonPrompt } from '../../src/ui/WaitingReasonPrompt';

/** A status control that opens the prompt, as a row does, and something else to go to. */
function Harness({ note, onDone }: { note: string; onDone: (note: string | undefined) => void }) {
  const [openedFrom, setOpenedFrom] = useState<Element | null>();
  return (
    <>
      <button type="button" onClick={() => setOpenedFrom(document.activeElement)}>
        Status
      </button>
      {openedFrom !== undefined ? (
        <WaitingReasonPrompt
          activityName="Lead crisis response"
          status="parked"
          note={note}
          openedFrom={openedFrom}
          onDone={(answer) => {
            onDone(answer);
            setOpenedFrom(undefined);
          }}
        />
      ) : null}
      <button type="button">Elsewhere</button>
    </>
  );
}

async function openPrompt(note = '') {
  const user = userEvent.setup();
  const onDone = vi.fn<(note: string | undefined) => void>();
  // Keys that get past the prompt would reach the window, where presenter mode's Escape listens.
  const outside = vi.fn();
  window.addEventListener('keydown', outside);
  const { unmount } = render(<Harness note={note} onDone={onDone} />);
  const status = screen.getByRole('button', { name: 'Status' });
  await user.click(status);
  const field = screen.getByRole('textbox', { name: 'Parked. Why does this row wait?' });
  return { user, onDone, outside, status, field, unmount, cleanup: () => window.removeEventListener('keydown', outside) };
}

describe('WaitingReasonPrompt', () => {
  it('takes the focus in a labelled field, keeps the reason on Enter, and gives the focus back', async () => {
    const { user, onDone, status, field, cleanup } = await openPrompt();
    expect(screen.getByRole('form', { name: 'Lead crisis response: why it waits' })).toBeTruthy();
    expect(document.activeElement).toBe(field);
    await user.keyboard('Legal wants to see the crisis plan first{Enter}');
    expect(onDone.mock.calls).toEqual([['Legal wants to see the crisis plan first']]);
    expect(document.activeElement).toBe(status);
    cleanup();
  });

  it('starts from the reason the row has, selected, so typing replaces it and Enter keeps it', async () => {
    const { user, onDone, field, cleanup } = await openPrompt('Waits for the agency');
    expect((field as HTMLInputElement).value).toBe('Waits for the agency');
    expect([(field as HTMLInputElement).selectionStart, (field as HTMLInputElement).selectionEnd]).toEqual([0, 'Waits for the agency'.length]);
    await user.keyboard('{Enter}');
    expect(onDone.mock.calls).toEqual([['Waits for the agency']]);
    cleanup();
  });

  it('closes on Escape without an answer, the key going no further, and the focus back on the status control', async () => {
    const { user, onDone, outside, status, cleanup } = await openPrompt('Waits for the agency');
    await user.keyboard('half typed{Escape}');
    expect(onDone.mock.calls).toEqual([[undefined]]);
    expect(outside.mock.calls.filter(([event]) => (event as KeyboardEvent).key === 'Escape')).toEqual([]);
    expect(document.activeElement).toBe(status);
    cleanup();
  });

  it('keeps no reason on purpose with No reason, by pointer or by keyboard', async () => {
    const { user, onDone, status, cleanup } = await openPrompt('Waits for the agency');
    await user.click(screen.getByRole('button', { name: 'No reason' }));
    expect(onDone.mock.calls).toEqual([['']]);
    expect(document.activeElement).toBe(status);

    await user.keyboard('{Enter}');
    await user.keyboard('{Tab}{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'No reason' }));
    await user.keyboard('{Enter}');
    expect(onDone.mock.calls).toEqual([[''], ['']]);
    expect(document.activeElement).toBe(status);
    cleanup();
  });

  it('keeps what was typed when the focus goes elsewhere, and leaves the focus there', async () => {
    const { user, onDone, cleanup } = await openPrompt();
    await user.keyboard('Budget first');
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    await user.click(elsewhere);
    expect(onDone.mock.calls).toEqual([['Budget first']]);
    expect(document.activeElement).toBe(elsewhere);
    cleanup();
  });

  it('changes nothing when the focus goes elsewhere with nothing typed', async () => {
    const { user, onDone, cleanup } = await openPrompt('Waits for the agency');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(onDone.mock.calls).toEqual([[undefined]]);
    cleanup();
  });

  it('counts as left when it is removed while open (its row scrolled out of the rendered rows): what was typed is kept', async () => {
    const { user, onDone, unmount, cleanup } = await openPrompt();
    await user.keyboard('Budget first');
    unmount();
    await vi.waitFor(() => expect(onDone.mock.calls).toEqual([['Budget first']]));
    cleanup();
  });

  it('is not asked when the focus has moved on by the time it shows (it loads on first use)', () => {
    const onDone = vi.fn<(note: string | undefined) => void>();
    render(
      <>
        <button type="button">Status</button>
        <button type="button">Elsewhere</button>
      </>,
    );
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    const { container } = render(
      <WaitingReasonPrompt activityName="Lead crisis response" status="disputed" note="" openedFrom={screen.getByRole('button', { name: 'Status' })} onDone={onDone} />,
    );
    expect(onDone.mock.calls).toEqual([[undefined]]);
    expect(document.activeElement).toBe(elsewhere);
    expect(container.querySelector('input')).not.toBe(document.activeElement);
  });
});
