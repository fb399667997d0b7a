import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  // Let entry animations finish: axe measures colour contrast on what is painted.
  await page.waitForTimeout(400);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['en', 'ar'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`banner, preferences and policy have no axe violations (${lang}, ${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/test/ui-banner.html?lang=${lang}`);
      const banner = page.locator('[data-assent-banner]');
      await expect(banner).toBeVisible();
      await expect(page.locator('assent-ui .root')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      expect(await violations(page), 'banner').toEqual([]);

      await page.locator('[data-assent-action="customize"]').click();
      const prefs = page.locator('[data-assent-preferences]');
      await expect(prefs).toBeVisible();
      // Open every disclosure so the cookie tables are checked too.
      const closed = prefs.locator('button[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
      expect(await violations(page), 'preferences dialog').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(prefs).toHaveCount(0);

      await banner.locator('button.link').click();
      const policy = page.locator('[data-assent-policy-dialog]');
      await expect(policy.locator('#cookies')).toBeVisible();
      expect(await violations(page), 'policy dialog').toEqual([]);
    });
  }
}

test('the inline policy viewer has no axe violations', async ({ page }) => {
  await page.goto('/test/ui-policy.html');
  await expect(page.locator('[data-assent-policy-view] h3#cookies')).toBeVisible();
  await page.locator('[data-assent-action="reject-all"]').click();
  expect(await violations(page)).toEqual([]);
});

test('the floating button and the modal layout have no axe violations', async ({ page }) => {
  await page.goto('/test/ui-banner.html?floating=1&layout=modal');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  expect(await violations(page), 'modal banner').toEqual([]);
  await page.locator('[data-assent-action="reject-all"]').click();
  await expect(page.locator('[data-assent-floating]')).toBeVisible();
  expect(await violations(page), 'floating button').toEqual([]);
});
