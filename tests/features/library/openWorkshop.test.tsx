// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { MAX_FILE_BYTES } from '../../../src/format/fileErrors';
import { serializeWorkshop } from '../../../src/format/serializeWorkshop';
import { currentDocument } from '../../../src/store/documentStore';
import { useLibraryStore } from '../../../src/store/workshopLibrary';
import { readWorkshopFile } from '../../../src/store/readWorkshopFile';
import { resetStores } from '../../app/resetStores';

const example = createExampleWorkshop('2026-11-22');
const exampleText = serializeWorkshop(example, { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' });
const file = (text: string, name = 'plan.raci.json') => new File([text], name, { type: 'application/json' });
const input = () => screen.getByTestId('open-workshop-input') as HTMLInputElement;

describe('Open', () => {
  beforeEach(() => {
    resetStores();
  });

  it('opens a chosen file as a new workshop and keeps the one that was open', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = currentDocument();
    await user.upload(input(), file(exampleText));
    await screen.findByText(/Opened “plan.raci.json” as a new workshop/);
    expect(currentDocument()).toEqual(example);
    expect(useLibraryStore.getState().workshops.map((w) => w.title).sort()).toEqual([before.title, example.title].sort());
  });

  it('the Open button and Ctrl+O ask for a file through the real file input', async () => {
    const user = userEvent.setup();
    render(<App />);
    let clicks = 0;
    input().addEventListener('click', (event) => {
      clicks += 1;
      event.preventDefault();
    });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Control>}o{/Control}');
    expect(clicks).toBe(2);
  });

  it('refuses a broken file in an alert naming the problem, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = currentDocument();
    const workshops = useLibraryStore.getState().workshops;
    const broken = exampleText.replace('"name": "Public Relations"', '"name": 42').replace('"role": "A"', '"role": 7');
    await user.upload(input(), file(broken, 'broken.raci.json'));
    const alert = await screen.findByRole('alertdialog', { name: 'Could not open “broken.raci.json”' });
    expect(alert.textContent).toMatch(/some of its content is wrong/);
    expect(within(alert).getByText('Department 2 has no usable name: it holds a whole number where text belongs.')).toBeTruthy();
    const details = within(alert).getByText('Details').closest('details');
    expect(details?.open).toBe(false);
    expect(within(details as HTMLElement).getByText('document.departments[1].name: expected text')).toBeTruthy();
    expect(alert.textContent).toMatch(/open workshop is exactly as it was/);
    expect(currentDocument()).toBe(before);
    expect(useLibraryStore.getState().workshops).toEqual(workshops);
    await user.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('lists the repairs made while opening, never silently', async () => {
    const user = userEvent.setup();
    render(<App />);
    const raw = JSON.parse(exampleText);
    raw.document.assignments.push({ activityId: 'no-such-activity', departmentId: 'pr', role: 'R' });
    await user.upload(input(), file(`\ufeff${JSON.stringify(raw).replace(/\n/g, '\r\n')}`));
    const notice = await screen.findByText('“plan.raci.json” was opened with 2 repairs:');
    expect(notice.parentElement?.textContent).toMatch(/is for an activity that is not in the workshop; it was left out/);
    expect(notice.parentElement?.textContent).toMatch(/byte-order mark/);
    expect(currentDocument()).toEqual(example);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { size: MAX_FILE_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    const result = await readWorkshopFile(huge);
    expect(!result.ok && result.error.kind).toBe('too-large');
  });
});
