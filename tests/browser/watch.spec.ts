import { test } from './fixtures';

// The shared watch itself: each of these must fail, or the zero it asserts in every other test means nothing.
test.describe('the watch on every browser test', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('fails a test that logs a console error', async ({ page }) => {
    test.fail();
    await page.evaluate(() => console.error('something broke'));
  });

  test('fails a test whose page breaks the Content-Security-Policy', async ({ page }) => {
    test.fail();
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
  });

  test('fails a test whose page asks another origin for anything', async ({ page }) => {
    test.fail();
    // Outside the app, where no Content-Security-Policy stops the request before it is made.
    await page.goto('about:blank');
    await page.evaluate(() => fetch('http://elsewhere.invalid/track', { mode: 'no-cors' }).catch(() => undefined));
  });
});
