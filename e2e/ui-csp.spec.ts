import { expect, test } from '@playwright/test';
import { stored } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test('under a strict CSP the banner, dialog and policy work with no violation', async ({ page }) => {
  const response = await page.goto('/test/ui-strict.csp.html');
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
  const banner = page.locator('[data-assent-banner]');
  await expect(banner).toBeVisible();
  // Styled, so the constructable sheet was applied: a bare button would have no 44 px height or accent fill.
  const reject = page.locator('[data-assent-action="reject-all"]');
  expect((await reject.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await reject.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  // Scroll padding through CSSOM is allowed.
  expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toMatch(/px$/);

  await page.locator('[data-assent-action="customize"]').click();
  const prefs = page.locator('[data-assent-preferences]');
  await expect(prefs).toBeVisible();
  await prefs.getByRole('checkbox', { name: 'Analytics' }).check();
  await prefs.locator('[data-assent-action="save"]').click();
  await expect(prefs).toHaveCount(0);
  expect(await stored(page)).toMatchObject({ categories: { analytics: true } });

  await page.locator('#open-policy').click();
  const policy = page.locator('[data-assent-policy-dialog]');
  await expect(policy.locator('h4#cookies')).toBeVisible();
  await expect(policy.locator('.toc a')).not.toHaveCount(0);
  await expect(policy.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-assent-policy-view] h3#cookies')).toHaveCount(1);

  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});
