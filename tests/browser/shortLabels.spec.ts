import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExample as startExample, paletteChip, placedChip, softHyphenated } from './boardPage';

async function openExample(page: Page): Promise<void> {
  await startExample(page);
  // Off the board, so no chip shows its hover state.
  await page.mouse.move(2, 2);
}

/** Activity rows whose whole height is inside the grid's scroll frame. */
function rowsInView(page: Page): Promise<number> {
  return page.locator('.grid').evaluate((grid) => {
    const frame = grid.getBoundingClientRect();
    return [...grid.querySelectorAll('[role="row"][data-activity]')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
    }).length;
  });
}

test('at 1280x720 the filled example shows 8 rows, every placed chip by its short label, whole', async ({ page }) => {
  await openExample(page);
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(8);

  // What a person reads on every placed chip in view: the short label, never a name cut off.
  const chips = await page.locator('.placed-chip .chip-button').evaluateAll((buttons) =>
    buttons
      .filter((button) => button.getBoundingClientRect().bottom <= window.innerHeight)
      .map((button) => {
        const short = button.querySelector<HTMLElement>('.chip-face__short');
        const name = button.querySelector<HTMLElement>('.chip-face__name');
        return {
          title: button.getAttribute('title'),
          shown: short && getComputedStyle(short).display !== 'none' ? short.textContent : name?.textContent,
          clipped: short ? short.scrollWidth > short.clientWidth + 0.5 : true,
          nameVisible: name ? name.getBoundingClientRect().width > 1 : false,
        };
      }),
  );
  expect(chips.length).toBeGreaterThan(20);
  for (const chip of chips) {
    expect(chip.clipped, `${chip.title}`).toBe(false);
    expect(chip.nameVisible, `${chip.title}`).toBe(false);
  }
  expect(new Set(chips.map((c) => c.shown))).toEqual(new Set(['Mktg', 'PR', 'CS', 'Sales', 'Legal', 'IT', 'HR', 'Exec', 'Agency', 'P&R']));

  // The full name stays the chip's tooltip; its accessible name holds the label it shows too (WCAG 2.5.3),
  // so "click PR" works for a person using voice control.
  const pr = placedChip(page, 'Set social media strategy and objectives', 'Consulted', 'Public Relations');
  await expect(pr).toHaveAttribute('title', 'Public Relations');
  await expect(pr).toHaveAccessibleName('Public Relations, PR');
  await expect(pr.locator('.chip-face__short')).toBeVisible();
  await expect(pr.locator('.chip-face__short')).toHaveText('PR');
  // A department that is its own label is named once: "IT", not "IT (IT)".
  await expect(page.getByRole('group', { name: 'Write the social media policy, Consulted', exact: true }).getByRole('button', { name: 'IT', exact: true })).toBeVisible();
  // The palette is the legend: the full name with the short label beside it, both in the chip's name.
  const legend = page.getByRole('region', { name: 'Departments' }).getByRole('button', { name: 'Public Relations, PR', exact: true });
  await expect(legend.locator('.chip-face__short')).toHaveText('PR');
  await expect(legend.locator('.chip-face__short')).toBeVisible();
});

test('at 125% zoom on a 1280x720 projector (1024 x 576 CSS pixels) the filled example still shows 4 rows', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 576 });
  await openExample(page);
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(4);
});

test('on a wide screen a chip has room for the full name, and shows it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openExample(page);
  const pr = placedChip(page, 'Set social media strategy and objectives', 'Consulted', 'Public Relations');
  await expect(pr.locator('.chip-face__name')).toBeVisible();
  // The label is not drawn (hidden the visually-hidden way: a one-pixel clip), yet still heard in the name.
  expect((await pr.locator('.chip-face__short').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(pr).toHaveAccessibleName(new RegExp(`^${softHyphenated('Public Relations')}, PR$`));
});

test('at 1024x768 the Checks panel is one line under the board; an error is counted there, and the findings open when asked', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openExample(page);
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
  expect((await checks.boundingBox())?.height ?? 0).toBeLessThanOrEqual(64);
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(5);

  // A second Accountable is an error: the one line counts it, and the panel stays folded (opening by itself
  // would shorten the board under the pointer); Show opens the findings.
  await paletteChip(page, 'Legal').click();
  await page.getByRole('button', { name: 'Place Legal in Set social media strategy and objectives, Accountable' }).click();
  await expect(checks.locator('.checks__count--error')).toHaveText('1 error');
  await expect(checks.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
  await checks.getByRole('button', { name: 'Show' }).click();
  await expect(checks.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  await expect(checks.getByRole('list', { name: 'Findings' })).toContainText('Two departments are accountable for Set social media strategy and objectives');
});
