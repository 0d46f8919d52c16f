// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { nodeCharterFonts } from '../../../src/cli/nodeCharterFonts';
import { setAcknowledgement } from '../../../src/domain/acknowledgements';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { useDocumentStore } from '../../../src/store/documentStore';
import { resetStores } from '../../app/resetStores';
import { pdfText } from '../../charter/pdfText';

// jsdom cannot fetch the site's font files; the same files are read from the package instead.
vi.mock('../../../src/features/charter/loadCharterFonts', () => ({ loadCharterFonts: () => nodeCharterFonts() }));

// One export can be made to fail, to see the dialog say so and offer another try.
const failures = { next: 0 };
vi.mock('../../../src/features/charter/exportCharterPdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/features/charter/exportCharterPdf')>();
  return {
    exportCharterPdf: (...args: Parameters<typeof actual.exportCharterPdf>) => {
      if (failures.next > 0) {
        failures.next -= 1;
        return Promise.reject(new Error('the worker stopped'));
      }
      return actual.exportCharterPdf(...args);
    },
  };
});

describe('Export PDF', () => {
  const downloads: Blob[] = [];
  beforeEach(() => {
    resetStores();
    downloads.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      downloads.push(blob);
      return 'blob:charter';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows progress, then downloads <title> charter.pdf with real text', async () => {
    const user = userEvent.setup();
    render(<App />);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Export PDF' }));
    const exportButton = await dialog.findByRole('button', { name: 'Export PDF' });
    await vi.waitFor(() => expect((exportButton as HTMLButtonElement).disabled).toBe(false));
    await user.click(dialog.getByRole('radio', { name: 'Letter' }));
    await user.click(exportButton);
    expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeTruthy();
    await vi.waitFor(() => expect(names).toEqual(['Who owns social media charter.pdf']), { timeout: 10_000 });
    expect(downloads[0]?.type).toBe('application/pdf');
    const { pages } = await pdfText(new Uint8Array(await downloads[0]!.arrayBuffer()));
    expect(pages[0]).toContain('Who owns social media?');
    expect(screen.queryByRole('dialog', { name: 'Export PDF' })).toBeNull();
  });

  it('lists characters the fonts cannot draw before exporting', async () => {
    const user = userEvent.setup();
    useDocumentStore.getState().apply((doc) => ({ ...doc, title: 'Charter 社交' }));
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Export PDF' }));
    expect((await dialog.findByRole('alert')).textContent).toMatch(/cannot draw these characters.*社 交/);
    expect(dialog.getByRole('button', { name: 'Export anyway' })).toBeTruthy();
  });
});

describe('Export PDF: final or draft, and where the sign-off stands', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(createExampleWorkshop('2026-11-22'), { resetHistory: true });
  });

  const openDialog = async () => {
    render(<App />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export PDF' }));
    return within(await screen.findByRole('dialog', { name: 'Export PDF' }));
  };

  it('says a charter with nothing holding it back is final, and how many departments agreed', async () => {
    useDocumentStore.getState().apply((doc) => setAcknowledgement(doc, 'marketing', { state: 'agreed', date: '2026-12-04' }));
    const dialog = await openDialog();
    expect(dialog.getByText('Final: no error is open, no row is disputed or parked, and no department objects.')).toBeTruthy();
    const signOff = dialog.getByRole('region', { name: 'Sign-off' });
    expect(signOff.textContent).toBe('Sign-off: 1 of 10 departments agreed.');
    expect(within(signOff).queryByRole('list')).toBeNull();
  });

  it('keeps a charter with an open objection a draft, names the objection and lists each one with its note', async () => {
    const { apply } = useDocumentStore.getState();
    apply((doc) => setAcknowledgement(doc, 'marketing', { state: 'agreed', date: '2026-12-04' }));
    apply((doc) => setAcknowledgement(doc, 'legal', { state: 'objected', date: '2026-12-05', note: 'wants to see the crisis plan first' }));
    apply((doc) => setAcknowledgement(doc, 'it', { state: 'objected', date: '2026-12-05' }));
    const dialog = await openDialog();
    expect(dialog.getByText(/^A draft:/).closest('p')?.textContent).toBe(
      'A draft: Legal objected: wants to see the crisis plan first; IT objected. Every page will be marked DRAFT. ' +
        'The charter is final once no error is open, no row is disputed or parked, and no department objects.',
    );
    expect(dialog.queryByText(/^Final:/)).toBeNull();
    const signOff = within(dialog.getByRole('region', { name: 'Sign-off' }));
    expect(signOff.getByText(/departments agreed/).textContent).toBe('Sign-off: 1 of 10 departments agreed, 2 objected.');
    const objections = signOff.getByRole('list', { name: 'Open objections' });
    expect(within(objections).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Legal objected: wants to see the crisis plan first',
      'IT objected',
    ]);
  });
});

describe('a failed export', () => {
  beforeEach(() => {
    resetStores();
    URL.createObjectURL = vi.fn(() => 'blob:charter');
    URL.revokeObjectURL = vi.fn();
  });

  it('says why, changes nothing, and can be tried again', async () => {
    const user = userEvent.setup();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    failures.next = 1;
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Export PDF' }));
    const exportButton = await dialog.findByRole('button', { name: 'Export PDF' });
    await vi.waitFor(() => expect((exportButton as HTMLButtonElement).disabled).toBe(false));
    await user.click(exportButton);
    expect((await dialog.findByRole('alert')).textContent).toBe('The PDF could not be made: the worker stopped');
    await user.click(dialog.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export PDF' })).toBeNull(), { timeout: 10_000 });
  });
});
