import { expect, test } from '@playwright/test';
import { stored } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test.describe('opt-out mode (CCPA) and self-service', () => {
  test('one click on "Do not sell or share" opts out of sale and sharing only', async ({ page }) => {
    await page.goto('/test/ui-banner.html?mode=opt-out');
    const banner = page.locator('[data-assent-banner]');
    await expect(banner.getByRole('heading')).toHaveText('Your privacy choices');
    await expect(banner.locator('[data-assent-action="reject-all"]')).toHaveCount(0);
    await banner.locator('[data-assent-action="opt-out"]').click();
    await expect(banner).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'custom', source: 'banner', categories: { analytics: true, errors: true, marketing: false } });
  });

  test('the preferences dialog says a Global Privacy Control signal was honoured', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto('/test/ui-banner.html?mode=opt-out&floating=1');
    await page.locator('#open-prefs').click();
    const prefs = page.locator('[data-assent-preferences]');
    await expect(prefs).toContainText('Global Privacy Control');
    await expect(prefs.getByRole('checkbox', { name: 'Marketing' })).not.toBeChecked();
  });

  test('visitors can download their consent record, and withdraw consent and clear their choice', async ({ page }) => {
    await page.goto('/test/ui-banner.html?selfService=1&floating=1');
    await page.locator('[data-assent-action="accept-all"]').click();
    await page.locator('[data-assent-floating]').click();
    const prefs = page.locator('[data-assent-preferences]');
    const [download] = await Promise.all([page.waitForEvent('download'), prefs.getByRole('button', { name: 'Download my consent record' }).click()]);
    expect(download.suggestedFilename()).toBe('consent-record.json');
    const saved = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(saved).toMatchObject({ consent: { action: 'accept_all', categories: { analytics: true } }, revision: 4, language: 'en' });
    await prefs.getByRole('button', { name: 'Withdraw consent and clear my choice' }).click();
    await expect.poll(() => stored(page)).toBeNull();
    await expect(page.getByRole('status').filter({ hasText: 'Your consent is withdrawn and your choice is no longer stored in this browser.' })).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
  });
});
