import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openBoard, openMatrix, palette } from './boardPage';
import { lookAtPage } from './lookAtPage';
import { LONG_NAMES, longNamesWorkshop, seedLongNames } from './longNames';

/** The lines a text is set in, as a person reads them: a hyphen where a line ends at a soft hyphen. */
function linesOf(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const lines: string[] = [];
    let top: number | undefined;
    // A soft hyphen shows (as "-") only where a line ends at it: that is told by the next letter starting a
    // line, not by its own box, which a font without the character (Noto's Greek and Cyrillic files) merges
    // with the letter before it, sharing that letter's width.
    let softHyphen = false;
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      for (let index = 0; index < text.data.length; index++) {
        const char = text.data[index] ?? '';
        if (char === '\u00ad') {
          softHyphen = true;
          continue;
        }
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        // The last box is the character's own: a range just after a break also touches the line before.
        const box = [...range.getClientRects()].at(-1);
        if (!box || box.width === 0) continue;
        if (top === undefined || box.top > top + box.height / 2) {
          if (softHyphen && lines.length > 0) lines[lines.length - 1] += '-';
          lines.push('');
          top = box.top;
        }
        softHyphen = false;
        lines[lines.length - 1] += char;
      }
    }
    return lines.map((line) => line.trim());
  });
}

// Where German patterns break it: Kun-den-dienst-mit-ar-bei-ter-schu-lung (US English would split "di-en-st").
const GERMAN_BREAKS = ['Kun', 'Kunden', 'Kundendienst', 'Kundendienstmit', 'Kundendienstmitar', 'Kundendienstmitarbei', 'Kundendienstmitarbeiter', 'Kundendienstmitarbeiterschu'];

const wordProblems = async (page: Page) =>
  (await lookAtPage(page)).filter((p) => p.kind === 'word broken inside' || p.kind === 'clipped').map((p) => `${p.kind}: ${p.where}: ${p.detail}`);

for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`long German, Greek and Cyrillic names break only at hyphens, whole, at ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await seedLongNames(page);
    await openBoard(page);
    // The palette's chip is narrower than the compound: once the German patterns are in, it is set on
    // several lines, each but the last ending with a hyphen, each break where German breaks the word.
    const chip = palette(page).getByRole('button', { name: LONG_NAMES.training, exact: true }).locator('.chip-face__name');
    await expect.poll(async () => (await linesOf(chip)).length).toBeGreaterThan(1);
    const lines = await linesOf(chip);
    expect(lines.join('').replace(/-/g, '')).toBe(LONG_NAMES.training);
    for (const [index, line] of lines.slice(0, -1).entries()) {
      expect(line, `line ${index + 1} of ${lines.join(' / ')}`).toMatch(/-$/);
      expect(GERMAN_BREAKS, `a German break: ${lines.join(' / ')}`).toContain(lines.slice(0, index + 1).join('').replace(/-/g, ''));
    }
    // A name of several words breaks between them first, each word whole while it fits: on one line where
    // the chip is wide enough, else on two, never inside a word.
    const greek = await linesOf(palette(page).getByRole('button', { name: LONG_NAMES.greek, exact: true }).locator('.chip-face__name'));
    expect([['Εξυπηρέτηση Πελατών'], ['Εξυπηρέτηση', 'Πελατών']]).toContainEqual(greek);
    await page.screenshot({ path: test.info().outputPath(`board ${size}.png`) });
    expect(await wordProblems(page), 'the board').toEqual([]);

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
    await expect(page.getByRole('grid', { name: 'Responsibility matrix' })).toBeVisible();
    // The matrix's activity column no longer cuts a long name off with an ellipsis: it is set whole.
    const longest = page.locator('.matrix__activity-name > span:last-child', { hasText: 'Kundendienstmitarbeiterschulung für' });
    expect((await linesOf(longest)).join(' ').replace(/- /g, '')).toBe('Kundendienstmitarbeiterschulung für Beschwerdebearbeitung planen');
    await page.screenshot({ path: test.info().outputPath(`matrix ${size}.png`) });
    expect(await wordProblems(page), 'the matrix view').toEqual([]);

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Departments' }).click();
    await expect(page.getByRole('article', { name: LONG_NAMES.training })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`departments ${size}.png`) });
    expect(await wordProblems(page), 'the departments view').toEqual([]);
  });
}

test('the Checks panel keeps a finding that names a word wider than the panel inside it, and the other findings wrap in it', async ({ page }) => {
  // Nobody holds a role in the crisis row: its finding names "Krisenkommunikationsverantwortlichkeiten",
  // one word wider than the panel.
  const doc = longNamesWorkshop();
  await openBoard(page);
  await openMatrix(page, { ...doc, assignments: doc.assignments.filter((a) => a.activityId !== 'krise') });
  await page.locator('.checks').getByRole('button', { name: 'Judge every row' }).click();
  const list = page.locator('.checks__list');
  await expect(list.locator('.finding').first()).toBeVisible();
  const overflow = await list.evaluate((element) => {
    const right = element.getBoundingClientRect().right;
    return {
      sideways: element.scrollWidth - element.clientWidth,
      outside: [...element.querySelectorAll('.finding__message')].filter((m) => m.getBoundingClientRect().right > right + 1).map((m) => m.textContent),
      names: element.textContent ?? '',
    };
  });
  expect(overflow.names, 'a finding names the long activity').toContain('Krisenkommunikationsverantwortlichkeiten');
  expect(overflow.sideways, 'the list does not scroll sideways').toBeLessThanOrEqual(0);
  expect(overflow.outside).toEqual([]);
});
