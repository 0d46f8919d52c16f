import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { expect, test } from './fixtures';
import { chooseFromMore, COMMON_SHEET, dropFile, openBoard, palette, paletteChip, switchRoleScheme } from './boardPage';
import { axeViolations, lookAtPage } from './lookAtPage';
import { toHexColour } from '../../src/domain/colourContrast';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { addDepartment } from '../../src/domain/departmentEdits';
import type { RaciDocument } from '../../src/domain/model';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { LONG_NAMES, longNamesWorkshop } from './longNames';

/**
 * The guard that looks: the board and every dialog, at a projector's and a tablet's size, with a filled
 * matrix. Readable contrast against what is really behind the text, nothing cut off or scrolled
 * sideways, no axe violation, and a screenshot of each under test-results/room/ for a person to look at.
 */
const viewports = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

const SCREENSHOTS = 'test-results/room';

/**
 * The filled example, already in this browser's storage when the app starts, as after a workshop: the
 * scenes look at it, not at the way there (New > Example has tests of its own), which saves each of the
 * many scenes a dialog's round trip.
 */
async function seedWorkshop(page: Page, doc: RaciDocument): Promise<void> {
  const text = serializeWorkshop(doc, { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' });
  await page.addInitScript((file) => {
    if (sessionStorage.getItem('room-seeded')) return;
    localStorage.setItem('raci-workshop/workshops/room-example', file);
    localStorage.setItem('raci-workshop/active', 'room-example');
    sessionStorage.setItem('room-seeded', '1');
  }, text);
}

/** The departments in colours a file brought, one after another, in place of the palette's. */
function withColours(doc: RaciDocument, colours: readonly string[] | undefined): RaciDocument {
  if (!colours) return doc;
  return { ...doc, departments: doc.departments.map((d, i) => ({ ...d, color: colours[i % colours.length] ?? d.color })) };
}

/**
 * Colours a file may bring: the common mid-tones that carried white names at about 3:1, with the slate
 * that melted into the dark page, and any colours at all (seeded, so a failure comes back the same).
 */
const MID_TONES = ['#16a34a', '#ea580c', '#0891b2', '#ca8a04', '#65a30d', '#db2777', '#0d9488', '#64748b', '#7c3aed', '#334155'];
const RANDOM_COLOURS = fc.sample(
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((c) => toHexColour(c)),
  { seed: 25, numRuns: 10 },
);

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** Presenter mode under a half-minute time box that has run out, a long decision being typed. */
async function presentTimeUp(page: Page): Promise<void> {
  await page.clock.install();
  await chooseFromMore(page, 'Agenda and time boxes…');
  await dialog(page, 'Agenda and time boxes').getByRole('spinbutton', { name: 'Time box for every step (blank: none)' }).fill('0.5');
  await dialog(page, 'Agenda and time boxes').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Present' }).click();
  const presenter = page.getByRole('banner', { name: 'Presenter mode' });
  await expect(presenter).toBeFocused();
  await page.clock.runFor('00:31');
  await expect(presenter.getByRole('status').filter({ hasText: 'Time is up' })).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type('Marketing owns the strategy; PR is consulted on every sensitive topic, and Legal reviews the policy once a year');
}

interface Scene {
  readonly name: string;
  /** From the open board to what is looked at; returns once it is on screen. */
  readonly open: (page: Page) => Promise<void>;
  /** The empty template instead of the filled example. */
  readonly template?: true;
  /** The filled example with its departments in these colours. */
  readonly colours?: readonly string[];
  /** A menu is placed by its button and closes when the window changes size: opened again at the next size. */
  readonly reopenOnResize?: true;
  /** Another workshop than the filled example, already in storage. */
  readonly workshop?: () => RaciDocument;
  /** What else must hold at each size, besides what every scene is looked at for. */
  readonly holds?: (page: Page) => Promise<void>;
}

/** The example with more departments: companies bring ten to twelve, and a few bring more. */
function exampleWith(extra: readonly (readonly [string, string])[]): () => RaciDocument {
  return () => extra.reduce((doc, [name, shortLabel]) => addDepartment(doc, { name, shortLabel }), createExampleWorkshop('2026-11-22'));
}
const TWO_MORE = [['Customer Success', 'CSucc'], ['Investor Relations', 'IR']] as const;
const FOUR_MORE = [...TWO_MORE, ['Works Council', 'WC'], ['Internal Audit', 'Audit']] as const;

/** Every department of the palette wholly in view, none under the "more below" note: it says nothing. */
async function everyDepartmentInView(page: Page): Promise<void> {
  await expect(palette(page).locator('.palette__more')).toHaveCount(0);
  const outside = await palette(page).evaluate((section) => {
    const frame = section.getBoundingClientRect();
    return [...section.querySelectorAll('.palette-chip')]
      .filter((chip) => {
        const box = chip.getBoundingClientRect();
        return box.top < frame.top || box.bottom > frame.bottom;
      })
      .map((chip) => chip.textContent);
  });
  expect(outside, 'departments not wholly in view').toEqual([]);
}

/** More departments than fit: the palette's foot says how many are below, and that many are. */
async function saysHowManyMore(page: Page): Promise<void> {
  const note = palette(page).locator('.palette__more--below');
  await expect(note).toHaveText(/^↓ \d+ more below$/);
  const said = Number((await note.textContent())?.match(/\d+/)?.[0]);
  const below = await palette(page).evaluate((section) => {
    const noteTop = section.querySelector('.palette__more--below')?.getBoundingClientRect().top ?? Infinity;
    return [...section.querySelectorAll('.palette-chip')].filter((chip) => chip.getBoundingClientRect().bottom > noteTop + 0.5).length;
  });
  expect(said).toBe(below);
  expect(said).toBeGreaterThan(0);
}

const present = async (page: Page) => {
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('banner', { name: 'Presenter mode' })).toBeFocused();
};

const scenes: readonly Scene[] = [
  { name: 'board, empty template', template: true, open: async () => undefined },
  { name: 'board, filled example', open: async () => undefined, holds: everyDepartmentInView },
  { name: 'board, twelve departments', workshop: exampleWith(TWO_MORE), open: async () => undefined, holds: everyDepartmentInView },
  { name: 'presenter mode, twelve departments', workshop: exampleWith(TWO_MORE), open: present, holds: everyDepartmentInView },
  { name: 'presenter mode, fourteen departments', workshop: exampleWith(FOUR_MORE), open: present, holds: saysHowManyMore },
  {
    name: 'board, a department armed',
    open: async (page) => {
      await paletteChip(page, 'Legal').click();
      await expect(paletteChip(page, 'Legal')).toHaveAttribute('aria-pressed', 'true');
    },
  },
  // Names wider than their chip, lane or cell: each breaks only at a hyphenation point, with a hyphen.
  ...(['Board', 'Matrix', 'Departments'] as const).map((view): Scene => ({
    name: `${view.toLowerCase()}, long German, Greek and Cyrillic names`,
    workshop: longNamesWorkshop,
    open: async (page) => {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: view }).click();
      // The hyphenation patterns load after the first paint; the long compound is set in its word box once they are in.
      const named =
        view === 'Board' ? palette(page).getByRole('button', { name: LONG_NAMES.training, exact: true })
        : view === 'Matrix' ? page.locator('.matrix__activity')
        : page.getByRole('heading', { name: LONG_NAMES.training });
      await expect(named.locator('.word').first()).toBeVisible();
    },
  })),
  {
    name: 'matrix view, filled example',
    open: async (page) => {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
      await expect(page.getByRole('grid', { name: 'Responsibility matrix' })).toBeVisible();
    },
  },
  {
    name: 'matrix view, a role picker open',
    open: async (page) => {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
      await page.getByRole('gridcell', { name: 'Lead crisis response, Advertising Agency: no role' }).click();
      await expect(page.getByRole('group', { name: 'Roles of Lead crisis response, Advertising Agency' })).toBeVisible();
    },
  },
  {
    name: 'departments view, filled example',
    open: async (page) => {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Departments' }).click();
      await expect(page.getByRole('article', { name: 'Public Relations (PR)' })).toBeVisible();
    },
  },
  {
    name: 'department editor',
    open: async (page) => {
      await palette(page).getByRole('button', { name: 'Edit Marketing' }).click();
      await expect(dialog(page, 'Edit Marketing')).toBeVisible();
    },
  },
  {
    name: 'new department',
    open: async (page) => {
      await page.getByRole('button', { name: '+ Add department' }).click();
      await expect(dialog(page, 'Add a department')).toBeVisible();
    },
  },
  {
    name: 'new department, a short label in use',
    open: async (page) => {
      await page.getByRole('button', { name: '+ Add department' }).click();
      const editor = dialog(page, 'Add a department');
      // Customer Service shows "CS": the initials are not offered again, a longer form is.
      await editor.getByRole('textbox', { name: 'Name' }).fill('Customer Success');
      await expect(editor.getByRole('textbox', { name: 'Short label' })).toHaveValue('CSu');
      // Typed anyway, the label in use is said beside the field.
      await editor.getByRole('textbox', { name: 'Short label' }).fill('cs');
      await expect(editor.getByText('Customer Service already shows as “CS”: their chips would look alike in narrow cells.')).toBeVisible();
    },
  },
  {
    name: 'activity editor',
    open: async (page) => {
      await page.getByRole('button', { name: /^Lead crisis response, edit activity$/ }).click();
      await expect(dialog(page, 'Edit activity')).toBeVisible();
    },
  },
  {
    name: 'new activity',
    open: async (page) => {
      await page.getByRole('button', { name: '+ Add activity' }).click();
      const editor = dialog(page, 'Add an activity');
      await expect(editor).toBeVisible();
      // With a name typed, Add is enabled: the state in which a person reads it.
      await editor.getByRole('textbox', { name: 'Name' }).fill('Answer reviews on app stores');
    },
  },
  {
    name: 'check settings',
    open: async (page) => {
      // The filled example has nothing urgent to say, so the panel shows its summary only until asked.
      const checks = page.getByRole('region', { name: 'Checks' });
      await checks.getByRole('button', { name: 'Show' }).click();
      await checks.getByRole('button', { name: 'Check settings…' }).click();
      await expect(dialog(page, 'Check settings')).toBeVisible();
    },
  },
  {
    name: 'keyboard shortcuts',
    open: async (page) => {
      await page.locator('main').focus();
      await page.keyboard.press('?');
      await expect(dialog(page, 'Keyboard shortcuts').getByRole('button', { name: 'Close' })).toBeFocused();
    },
  },
  {
    name: 'parking lot',
    open: async (page) => {
      for (const [activity, status] of [['Lead crisis response', 'Parked'], ['Write the social media policy', 'Disputed'], ['Set social media strategy and objectives', 'Agreed']] as const) {
        await page.getByRole('button', { name: new RegExp(`^Status of ${activity}: `) }).click();
        await page.getByRole('menuitemradio', { name: status }).click();
      }
      const checks = page.getByRole('region', { name: 'Checks' });
      await checks.getByRole('button', { name: 'Show' }).click();
      await checks.getByRole('textbox', { name: 'Why Lead crisis response waits' }).fill('Legal wants to see the crisis plan first');
      await checks.getByRole('textbox', { name: 'Why Lead crisis response waits' }).press('Enter');
      await expect(checks.getByText('1 agreed, 1 disputed, 1 parked', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'a row status menu',
    reopenOnResize: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Status of Write the social media policy: not settled' }).click();
      await expect(page.getByRole('menuitemradio', { name: 'Open' })).toBeFocused();
    },
  },
  {
    name: 'why a row waits, asked in the row',
    open: async (page) => {
      await page.getByRole('button', { name: 'Status of Write the social media policy: not settled' }).click();
      await page.getByRole('menuitemradio', { name: 'Parked' }).click();
      const reason = page.getByRole('textbox', { name: 'Parked. Why does this row wait?' });
      await expect(reason).toBeFocused();
      await reason.fill('Legal wants to see the crisis plan first');
    },
  },
  {
    name: 'more menu',
    reopenOnResize: true,
    open: async (page) => {
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'More' }).click();
      await expect(page.getByRole('menu', { name: 'More' })).toBeVisible();
    },
  },
  {
    name: 'import preview, its columns and marks open',
    open: async (page) => {
      await dropFile(page, { name: 'raci.csv', type: 'text/csv', text: COMMON_SHEET });
      const preview = dialog(page, 'Import “raci.csv”');
      await expect(preview.getByRole('table', { name: /activities/ })).toBeVisible();
      await preview.getByText(/^Columns \(/).click();
      await expect(preview.getByRole('combobox', { name: /^Column B “Marketing” is read as/ })).toBeVisible();
      await expect(preview.getByRole('combobox', { name: '“x” is read as' })).toBeVisible();
    },
  },
  {
    name: 'import preview, dark theme, a wrong choice said',
    open: async (page) => {
      await chooseFromMore(page, 'Theme: Dark');
      await dropFile(page, { name: 'raci.csv', type: 'text/csv', text: COMMON_SHEET });
      const preview = dialog(page, 'Import “raci.csv”');
      await preview.getByText(/^Columns \(/).click();
      await preview.getByRole('combobox', { name: /^Column A “Activity” is read as/ }).selectOption('leave-out');
      await expect(preview.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'workshops',
    open: async (page) => {
      await chooseFromMore(page, 'Workshops…');
      await expect(dialog(page, 'Workshops')).toBeVisible();
    },
  },
  {
    // The longest state of the dialog: Support needs a choice, and the table shows every role.
    name: 'role scheme',
    open: async (page) => {
      await switchRoleScheme(page, 'RACI', 'RASCI');
      await chooseFromMore(page, 'Role scheme (RASCI)…');
      await dialog(page, 'Role scheme').getByRole('radio', { name: 'DACI' }).check();
      await expect(dialog(page, 'Role scheme').getByRole('combobox', { name: 'Support becomes' })).toBeVisible();
    },
  },
  {
    name: 'board in RASCI',
    open: async (page) => {
      await switchRoleScheme(page, 'RACI', 'RASCI');
      await expect(page.getByRole('columnheader', { name: /Support/ })).toBeVisible();
    },
  },
  ...(['New', 'Share', 'Charter', 'Export PDF'] as const).map((button): Scene => ({
    name: `toolbar ${button}`,
    open: async (page) => {
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: button, exact: true }).click();
      const title = button === 'New' ? 'New workshop' : button === 'Share' ? 'Share link' : button;
      const opened = dialog(page, title);
      await expect(opened).toBeVisible();
      // Dialogs that work something out first are looked at once they have settled.
      if (button === 'Share') await expect(opened.getByRole('textbox')).not.toHaveValue('');
      if (button === 'Export PDF') await expect(opened.getByRole('button', { name: 'Export PDF', exact: true })).toBeEnabled();
    },
  })),
  {
    name: 'presenter mode, a time box running',
    open: async (page) => {
      await chooseFromMore(page, 'Agenda and time boxes…');
      await dialog(page, 'Agenda and time boxes').getByRole('spinbutton', { name: 'Time box for every step (blank: none)' }).fill('5');
      await dialog(page, 'Agenda and time boxes').getByRole('button', { name: 'Save' }).click();
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Present' }).click();
      await expect(page.getByRole('banner', { name: 'Presenter mode' })).toBeFocused();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('3');
      await expect(page.getByRole('banner', { name: 'Presenter mode' }).getByText('Group 2 of 7')).toBeVisible();
    },
  },
  {
    name: 'presenter mode in the matrix',
    open: async (page) => {
      await page.keyboard.press('Alt+Shift+M');
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Present' }).click();
      await expect(page.getByRole('banner', { name: 'Presenter mode' })).toBeVisible();
      await expect(page.locator('.matrix__row--current')).toBeVisible();
    },
  },
  {
    name: 'agenda and time boxes',
    open: async (page) => {
      await chooseFromMore(page, 'Agenda and time boxes…');
      await dialog(page, 'Agenda and time boxes').getByRole('spinbutton', { name: 'Content & publishing' }).fill('12.5');
    },
  },
  {
    name: 'presenter mode, time is up, a long decision',
    open: (page) => presentTimeUp(page),
  },
  {
    name: 'a row status square pointed at',
    // The pointer stays where it was while the row moves: pointed at again at the next size.
    reopenOnResize: true,
    open: async (page) => {
      const square = page.getByRole('button', { name: 'Status of Write the social media policy: not settled' });
      await square.hover();
      await expect(page.locator('.menu-button', { has: square }).getByText('Status: not settled ▾')).toBeVisible();
    },
  },
  {
    name: 'activity editor, the row parked',
    open: async (page) => {
      await page.getByRole('button', { name: /^Lead crisis response, edit activity$/ }).click();
      await dialog(page, 'Edit activity').getByRole('radio', { name: 'Parked' }).check();
      // By Tab, as a person goes on: the browser brings the field into view clear of the command row.
      await page.keyboard.press('Tab');
      await expect(dialog(page, 'Edit activity').getByRole('textbox', { name: 'Why does this row wait? (optional)' })).toBeFocused();
      await page.keyboard.type('Legal wants to see the crisis plan first');
    },
  },
  // The charter is long: each part, brought up by the part menu, with the commands still in view.
  ...(['Workshop', 'Purpose and roles', 'Escalation', 'Sign-off'] as const).map((part): Scene => ({
    name: `charter, part ${part}`,
    open: async (page) => {
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
      const charter = dialog(page, 'Charter');
      await charter.getByRole('navigation', { name: 'Parts of the charter' }).getByRole('button', { name: part }).click();
      await expect(charter.getByRole('heading', { name: part, exact: true })).toBeFocused();
    },
  })),
  {
    name: 'charter with acknowledgements',
    open: async (page) => {
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
      await dialog(page, 'Charter').getByRole('combobox', { name: 'Acknowledgement of Legal' }).selectOption('objected');
      await dialog(page, 'Charter').getByRole('textbox', { name: 'What Legal objects to' }).fill('Wants a say before crisis posts go out');
    },
  },
  {
    name: 'export PDF, held back by an objection',
    open: async (page) => {
      const toolbar = page.getByRole('toolbar', { name: 'Workshop' });
      await toolbar.getByRole('button', { name: 'Charter', exact: true }).click();
      await dialog(page, 'Charter').getByRole('combobox', { name: 'Acknowledgement of Marketing' }).selectOption('agreed');
      await dialog(page, 'Charter').getByRole('combobox', { name: 'Acknowledgement of Legal' }).selectOption('objected');
      await dialog(page, 'Charter').getByRole('textbox', { name: 'What Legal objects to' }).fill('Wants a say before crisis posts go out');
      await dialog(page, 'Charter').getByRole('button', { name: 'Save' }).click();
      await toolbar.getByRole('button', { name: 'Export PDF' }).click();
      await expect(dialog(page, 'Export PDF').getByRole('list', { name: 'Open objections' })).toBeVisible();
      await expect(dialog(page, 'Export PDF').getByRole('button', { name: 'Export PDF', exact: true })).toBeEnabled();
    },
  },
  {
    name: 'departments view with an acknowledgement',
    open: async (page) => {
      await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
      await dialog(page, 'Charter').getByRole('combobox', { name: 'Acknowledgement of Marketing' }).selectOption('agreed');
      await dialog(page, 'Charter').getByRole('button', { name: 'Save' }).click();
      await page.keyboard.press('Alt+Shift+D');
      await expect(page.getByRole('article', { name: /Marketing/ }).getByText(/Agreed on/)).toBeVisible();
    },
  },
  ...(['Dark', 'High contrast'] as const).flatMap((theme): Scene[] => [
    {
      name: `board, ${theme.toLowerCase()} theme, rows marked`,
      open: async (page) => {
        await chooseFromMore(page, `Theme: ${theme}`);
        await page.getByRole('button', { name: 'Status of Lead crisis response: not settled' }).click();
        await page.getByRole('menuitemradio', { name: 'Parked' }).click();
        await page.getByRole('region', { name: 'Checks' }).getByRole('button', { name: 'Judge every row' }).click();
      },
    },
    {
      name: `matrix, ${theme.toLowerCase()} theme`,
      open: async (page) => {
        await chooseFromMore(page, `Theme: ${theme}`);
        await page.keyboard.press('Alt+Shift+M');
        await expect(page.getByRole('grid', { name: 'Responsibility matrix' })).toBeVisible();
      },
    },
    {
      name: `presenter mode, ${theme.toLowerCase()} theme, time is up`,
      open: async (page) => {
        await chooseFromMore(page, `Theme: ${theme}`);
        await presentTimeUp(page);
      },
    },
    {
      name: `charter, ${theme.toLowerCase()} theme`,
      open: async (page) => {
        await chooseFromMore(page, `Theme: ${theme}`);
        await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
        await expect(dialog(page, 'Charter')).toBeVisible();
      },
    },
  ]),
  ...(['Light', 'Dark', 'High contrast'] as const).flatMap((theme): Scene[] => {
    const chooseTheme = async (page: Page) => {
      if (theme !== 'Light') await chooseFromMore(page, `Theme: ${theme}`);
    };
    return [
      { name: `board, mid-tone colours, ${theme.toLowerCase()} theme`, colours: MID_TONES, open: chooseTheme },
      { name: `board, random colours, ${theme.toLowerCase()} theme`, colours: RANDOM_COLOURS, open: chooseTheme },
      {
        name: `departments view, random colours, ${theme.toLowerCase()} theme`,
        colours: RANDOM_COLOURS,
        open: async (page) => {
          await chooseTheme(page);
          await page.keyboard.press('Alt+Shift+D');
          await expect(page.getByRole('article', { name: 'Public Relations (PR)' })).toBeVisible();
        },
      },
      {
        name: `matrix, random colours, ${theme.toLowerCase()} theme`,
        colours: RANDOM_COLOURS,
        open: async (page) => {
          await chooseTheme(page);
          await page.keyboard.press('Alt+Shift+M');
          await expect(page.getByRole('grid', { name: 'Responsibility matrix' })).toBeVisible();
        },
      },
    ];
  }),
  {
    name: 'department editor, dark theme, a mid-tone of its own',
    colours: MID_TONES,
    open: async (page) => {
      await chooseFromMore(page, 'Theme: Dark');
      await palette(page).getByRole('button', { name: 'Edit Marketing' }).click();
      await expect(dialog(page, 'Edit Marketing')).toBeVisible();
    },
  },
  {
    name: 'storage full, with the matrix offered',
    open: async (page) => {
      await page.evaluate(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.getByRole('textbox', { name: 'Workshop title' }).fill('Who owns social media? (spring)');
      await page.getByRole('textbox', { name: 'Workshop title' }).press('Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
    },
  },
  {
    name: 'a change from another tab',
    open: async (page) => {
      // Another tab of the site saves this workshop under a new title; this one hears of it.
      await page.context().route('**/other-tab.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>Other tab</title>' }));
      const other = await page.context().newPage();
      await other.goto('/other-tab.html');
      await other.evaluate(() => {
        const key = `raci-workshop/workshops/${localStorage.getItem('raci-workshop/active') ?? ''}`;
        localStorage.setItem(key, (localStorage.getItem(key) ?? '').replace('"title": "Who owns social media? (example)"', '"title": "Renamed in the other tab"'));
      });
      await other.close();
      await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();
    },
  },
  {
    name: 'a file that cannot be opened',
    open: async (page) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await (await chooser).setFiles({ name: 'broken.raci.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "raci-workshop", "schemaVersion": 1, "document": {"departments": [{"id": 3}]}}') });
      await expect(page.getByRole('alertdialog')).toBeVisible();
    },
  },
];

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** From a fresh page to the scene on screen: the workshop in storage, the board open, the scene opened. */
async function setUpScene(page: Page, scene: Scene): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  if (!scene.template) await seedWorkshop(page, withColours(scene.workshop?.() ?? createExampleWorkshop('2026-11-22'), scene.colours));
  await openBoard(page);
  if (!scene.template) await expect(page.locator('.placed-chip').first()).toBeVisible();
  await scene.open(page);
}

/** Whether the page holds the whole screen (presenter mode): such a window keeps the screen's size. */
const isFullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

// Each scene is set up once and looked at in both sizes, as a window resized from a projector's to a
// tablet's: the layout answers the resize the way it answers a first load (CSS and resize observers).
// A scene in full screen cannot be resized (it has the screen's size, and leaving full screen leaves
// presenter mode): it is opened afresh on a screen of the next size, as it would be on that screen.
for (const scene of scenes) {
  test(`${scene.name}: readable, whole, no axe violation at 1280x720 and 1024x768`, async ({ page: firstPage, browser }) => {
    // Every scene runs axe and the look over a whole page twice: on a busy machine (two runs at once on two
    // cores) a board scene takes well over a minute, so each has three times the suite's time.
    test.slow();
    let page = firstPage;
    await page.setViewportSize(viewports[0]);
    await setUpScene(page, scene);
    for (const [index, viewport] of viewports.entries()) {
      const size = `${viewport.width}x${viewport.height}`;
      if (index > 0) {
        if (await isFullScreen(page)) {
          page = await (await browser.newContext({ viewport, screen: viewport })).newPage();
          await setUpScene(page, scene);
        } else {
          await page.setViewportSize(viewport);
          if (scene.reopenOnResize) {
            await expect(page.getByRole('menu')).toHaveCount(0);
            await scene.open(page);
          }
        }
      }
      // Fonts and transitions settle before the look: wait for a frame after the fonts are in.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => done(undefined)))));
      const file = `${SCREENSHOTS}/${size} ${scene.name}.png`;
      await page.screenshot({ path: file });
      const problems = await lookAtPage(page);
      const violations = await axeViolations(page, (await page.locator('dialog[open]').count()) > 0 ? 'dialog[open]' : undefined);
      expect.soft(problems.map((p) => `${p.kind}: ${p.where}: ${p.detail}`), `what a person sees at ${size} (${file})`).toEqual([]);
      expect.soft(violations, `axe-core at ${size}`).toEqual([]);
      if (scene.holds) await test.step(`what else holds at ${size}`, () => scene.holds?.(page));
    }
    if (page !== firstPage) await page.context().close();
  });
}
