import { expect, test } from '@playwright/test';
import { stored } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test.describe('a host page with hostile CSS', () => {
  test('the banner stays visible, keeps its own sizes, and its buttons take real clicks above a z-index war', async ({ page }) => {
    await page.goto('/test/ui-hostile.html');
    const banner = page.locator('[data-assent-banner]');
    await expect(banner).toBeVisible();
    const reject = page.locator('[data-assent-action="reject-all"]');
    await expect(reject).toBeVisible();
    const box = (await reject.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await reject.evaluate((el) => getComputedStyle(el).fontSize)).toBe('15px');
    // The element under the button's centre is the button itself, not the page's full-screen overlay.
    const hit = await reject.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const root = el.getRootNode() as ShadowRoot;
      return root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    expect(hit).toBe(true);
    await reject.click();
    await expect(banner).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'reject_all' });
  });

  test('the preferences dialog works there too', async ({ page }) => {
    await page.goto('/test/ui-hostile.html');
    await page.locator('[data-assent-action="customize"]').click();
    const prefs = page.locator('[data-assent-preferences]');
    await expect(prefs).toBeVisible();
    await prefs.getByRole('checkbox', { name: 'Analytics' }).check();
    await prefs.locator('[data-assent-action="save"]').click();
    await expect(prefs).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'custom', categories: { analytics: true, marketing: false } });
  });
});
