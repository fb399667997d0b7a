import { expect, test } from '@playwright/test';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const PROPS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-transform',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'color', 'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'opacity',
];

for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 800 }]) {
  for (const lang of ['en', 'fr', 'de']) {
    test(`accept and reject are equally prominent and both in view at ${viewport.width}×${viewport.height} (${lang})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/test/ui-banner.html?lang=${lang}`);
      const accept = page.locator('[data-assent-action="accept-all"]');
      const reject = page.locator('[data-assent-action="reject-all"]');
      await expect(accept).toBeVisible();
      await page.waitForTimeout(300);
      const style = (el: Element, props: string[]) => {
        const cs = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      };
      expect(await reject.evaluate(style, PROPS)).toEqual(await accept.evaluate(style, PROPS));
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
