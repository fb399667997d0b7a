import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/*
 * A choice changed on another page of the site: in another tab, or while this page sat in the back/forward cache.
 * It comes into force here as soon as this page is seen again, so a withdrawal reaches every page the visitor has
 * open. Headless Chromium fires no visibility or focus events of its own between tabs, so the tests send the ones
 * a visitor's switch of tab would. `gate-back-forward-cache.spec.ts` has the page kept by the back/forward cache.
 */
type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent; __order: string[]; __marker?: string };

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const has = (page: Page, key: string) => page.evaluate((k) => (window as unknown as AssentWindow).Assent.has(k), key);
const order = (page: Page) => page.evaluate(() => (window as unknown as AssentWindow).__order);
const banner = (page: Page) => page.locator('[data-assent-banner]');
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name);
const shown = (page: Page, how: 'visibilitychange' | 'focus') =>
  // As the browser fires them: focus at the window, visibilitychange at the document, bubbling.
  page.evaluate((type) => (type === 'focus' ? window : document).dispatchEvent(new Event(type, { bubbles: type !== 'focus' })), how);

test('a withdrawal in another tab holds here once this tab is seen again: nothing is granted, the cookies go, and the visitor is asked', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/test/gate.html');
  await a.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
  await expect.poll(() => order(a)).toEqual(['first', 'inline', 'clarity', 'sentry']);

  const b = await context.newPage();
  await b.goto('/test/gate.html');
  await expect.poll(() => order(b)).toEqual(['first', 'inline', 'clarity', 'sentry']);

  await a.evaluate(() => (window as unknown as AssentWindow).Assent.withdraw());
  await expect.poll(() => cookieNames(context)).not.toContain('orch_consent');
  // Tab B's vendor, still running, writes its cookie again after tab A cleaned up.
  await b.evaluate(() => (document.cookie = '_clck=again; path=/'));
  expect(await has(b, 'analytics')).toBe(true);

  await shown(b, 'visibilitychange');
  await expect.poll(() => has(b, 'analytics')).toBe(false);
  await expect(banner(b)).toBeVisible();
  await expect.poll(() => cookieNames(context)).not.toContain('_clck');
  // What the other tab did is no decision of this one: nothing is recorded or stored here.
  expect(await b.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
});

test("a choice made in another tab answers this tab's banner and releases what it grants", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/test/gate.html');
  await b.goto('/test/gate.html');
  await expect(banner(a)).toBeVisible();
  await expect(banner(b)).toBeVisible();

  await a.locator('[data-assent-banner] [data-assent-action="accept-all"]').click();
  await expect.poll(() => order(a)).toEqual(['first', 'inline', 'clarity', 'sentry']);
  expect(await order(b)).toEqual([]);

  await shown(b, 'focus');
  await expect(banner(b)).toHaveCount(0);
  await expect.poll(() => order(b)).toEqual(['first', 'inline', 'clarity', 'sentry']);
  expect(await b.evaluate(() => (window as unknown as AssentWindow).Assent.get()?.action)).toBe('accept_all');
});

test('a tab that decided for itself still takes up a withdrawal made elsewhere, with no switch of tab in between', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/test/gate.html');
  await b.goto('/test/gate.html');
  await a.locator('[data-assent-banner] [data-assent-action="accept-all"]').click();
  await expect.poll(() => order(a)).toEqual(['first', 'inline', 'clarity', 'sentry']);
  // Tab B never took up A's choice, yet its withdrawal clears what is stored: the cookie is gone again, as when A
  // started. A window beside it gets focus back without A ever having been hidden.
  await b.evaluate(() => (window as unknown as AssentWindow).Assent.withdraw());
  await expect.poll(() => cookieNames(context)).not.toContain('orch_consent');
  await shown(a, 'focus');
  await expect.poll(() => has(a, 'analytics')).toBe(false);
  await expect(banner(a)).toBeVisible();
});

test('a return visit whose stored choice nobody changed fetches nothing when it is seen again', async ({ page }) => {
  await page.goto('/test/gate.html');
  await page.evaluate(() => (window as unknown as AssentWindow).Assent.rejectAll());
  await page.reload();
  await expect.poll(() => order(page)).toEqual(['fallback']);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await shown(page, 'visibilitychange');
  await shown(page, 'focus');
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
});
