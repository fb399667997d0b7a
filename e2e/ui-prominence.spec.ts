import { expect, test } from '@playwright/test';
import { prominence } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 800 }]) {
  for (const lang of ['en', 'fr', 'de']) {
    test(`accept and reject are equally prominent and both in view at ${viewport.width}×${viewport.height} (${lang})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/test/ui-banner.html?lang=${lang}`);
      const accept = page.locator('[data-assent-action="accept-all"]');
      const reject = page.locator('[data-assent-action="reject-all"]');
      await expect(accept).toBeVisible();
      await page.waitForTimeout(300);
      expect(await prominence(reject)).toEqual(await prominence(accept));
      expect(await reject.evaluate((el) => el.tagName)).toBe('BUTTON');
      // Fonts come from the host page by default.
      expect(await reject.evaluate((el) => getComputedStyle(el).fontFamily)).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
      const a = (await accept.boundingBox())!;
      const r = (await reject.boundingBox())!;
      expect(Math.abs(a.width - r.width)).toBeLessThanOrEqual(2);
      expect(Math.abs(a.height - r.height)).toBeLessThanOrEqual(2);
      for (const b of [a, r]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
        expect(b.y + b.height).toBeLessThanOrEqual(viewport.height);
      }
      // WCAG 1.4.10: no horizontal scrolling at 320 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
}

test('the preferences dialog has no horizontal scroll at 320 px, tables open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/test/ui-banner.html');
  await page.locator('[data-assent-action="customize"]').click();
  const dialog = page.locator('[data-assent-preferences]');
  const closed = dialog.locator('button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  const overflow = await dialog.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
});
