import { expect, test } from '@playwright/test';

/*
 * A page kept in the back/forward cache while the visitor changed their choice on another page of the site: when
 * Back brings it back, the choice made meanwhile holds there too.
 */
type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent; __order: string[]; __marker?: string };

// Playwright turns the cache off by default; this file runs in a browser of its own that has it on.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test('a page restored by Back after a withdrawal on another page grants nothing and asks again', async ({ page }) => {
  // The demo server's `no-store` would keep the page out of the cache.
  await page.route('**/test/gate.html*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': 'no-cache' } });
  });
  await page.goto('/test/gate.html?page=1');
  await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
  await expect.poll(() => page.evaluate(() => (window as unknown as AssentWindow).__order)).toEqual(['first', 'inline', 'clarity', 'sentry']);
  await page.evaluate(() => ((window as unknown as AssentWindow).__marker = 'kept in the cache'));

  await page.goto('/test/gate.html?page=2');
  await page.evaluate(() => (window as unknown as AssentWindow).Assent.withdraw());
  await expect(page.locator('[data-assent-banner]')).toBeVisible();

  await page.goBack({ waitUntil: 'commit' });
  // The very same page, not a new load of it.
  expect(await page.evaluate(() => (window as unknown as AssentWindow).__marker)).toBe('kept in the cache');
  await expect.poll(() => page.evaluate(() => (window as unknown as AssentWindow).Assent.has('analytics'))).toBe(false);
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
});
