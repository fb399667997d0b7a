import { expect, test } from '@playwright/test';
import { stored } from './ui-helpers.js';

/*
 * Pages that break the DOM under Assent. Nothing reaches the page as an uncaught error or an unhandled rejection,
 * nothing gated runs, and where the page only moved Assent's element, the visitor can still decide.
 */
test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test('a page that took the interface out of the document gets it back when the visitor asks for it', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.goto('/test/ui-banner.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  await page.evaluate(() => document.querySelector('assent-ui')!.remove());
  await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
  await page.locator('#open-prefs').click();
  const prefs = page.locator('[data-assent-preferences]');
  await expect(prefs).toBeVisible();
  await prefs.locator('[data-assent-action="reject-all"]').click();
  await expect.poll(() => stored(page)).toMatchObject({ action: 'reject_all', source: 'preferences' });
  expect(uncaught).toEqual([]);
});

test('a page where shadow roots cannot be made gets no interface and a console message, never an error of its own', async ({ page }) => {
  const uncaught: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.addInitScript(() => {
    Element.prototype.attachShadow = () => {
      throw new DOMException('Shadow roots are not allowed here', 'NotSupportedError');
    };
  });
  await page.goto('/test/ui-banner.html');
  await expect.poll(() => errors.filter((e) => e.startsWith('Assent: could not draw its interface')).length).toBeGreaterThan(0);
  await page.locator('#open-prefs').click();
  await page.waitForTimeout(300);
  expect(await stored(page)).toBeNull();
  expect(uncaught).toEqual([]);
});

test('a page that added an enumerable property to Object.prototype still gets every view of the interface', async ({ page }) => {
  const uncaught: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.addInitScript(() => {
    // What an old library or a polluted merge leaves behind: a plain value every object inherits.
    (Object.prototype as Record<string, unknown>).polluted = 'x';
  });
  await page.goto('/test/ui-banner.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  await page.locator('#open-policy').click();
  const policy = page.locator('[data-assent-policy-dialog]');
  await expect(policy).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(policy).toHaveCount(0);
  await page.locator('#open-prefs').click();
  const prefs = page.locator('[data-assent-preferences]');
  await expect(prefs).toBeVisible();
  await prefs.locator('[data-assent-action="reject-all"]').click();
  await expect.poll(() => stored(page)).toMatchObject({ action: 'reject_all', source: 'preferences' });
  expect(errors).toEqual([]);
  expect(uncaught).toEqual([]);
});
