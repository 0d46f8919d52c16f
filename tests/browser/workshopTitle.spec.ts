import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExample } from './boardPage';

/** In the app's font, wider than the room beside the commands at 1280 px (462 px of 432), narrower than at 1920. */
const LONGER_TITLE = 'Who owns social media? Retail and wholesale, spring 2027';
const title = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });

/** What the room sees of the title: whole or cut off, and whether it shares the commands' line. */
function titleLayout(page: Page) {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.workshop-title');
    const actions = document.querySelector<HTMLElement>('.toolbar__actions');
    if (!input || !actions) throw new Error('no toolbar');
    return {
      whole: input.scrollWidth <= input.clientWidth + 0.5,
      besideCommands: Math.abs(input.getBoundingClientRect().top - actions.getBoundingClientRect().top) < 20,
    };
  });
}

async function rename(page: Page, to: string): Promise<void> {
  await title(page).fill(to);
  await title(page).press('Enter');
  await expect(title(page)).toHaveValue(to);
}

test('on a 1280x720 projector the title is never cut off: beside the commands when it fits, else on a line of its own', async ({ page }) => {
  await openExample(page);
  await expect.poll(() => titleLayout(page)).toEqual({ whole: true, besideCommands: true });

  await rename(page, LONGER_TITLE);
  await expect.poll(() => titleLayout(page)).toEqual({ whole: true, besideCommands: false });

  await rename(page, 'Retail, spring 2027');
  await expect.poll(() => titleLayout(page)).toEqual({ whole: true, besideCommands: true });
});

test('on a wide screen the same title has room beside the commands', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openExample(page);
  await rename(page, LONGER_TITLE);
  await expect.poll(() => titleLayout(page)).toEqual({ whole: true, besideCommands: true });
});
