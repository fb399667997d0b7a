import { expect, test, type Locator } from '@playwright/test';
import { expectFullyInViewport, prominence, settled } from './ui-helpers.js';

/*
 * The first layer: accept-all and reject-all are both buttons, equally prominent (same component, font,
 * size and style), and both visible without scrolling at 320x568, at 568x320 (a phone held sideways) and at
 * 1280x800. ui-prominence.spec.ts covers the bar layout under opt-in; this covers the box and modal layouts, and
 * opt-out mode in every layout, where "Do not sell or share my personal information" takes Reject all's place.
 */

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const VARIANTS = [
  { mode: 'opt-in', layout: 'box', refuse: { action: 'reject-all', label: 'Reject all' } },
  { mode: 'opt-in', layout: 'modal', refuse: { action: 'reject-all', label: 'Reject all' } },
  { mode: 'opt-out', layout: 'bar', refuse: { action: 'opt-out', label: 'Do not sell or share my personal information' } },
  { mode: 'opt-out', layout: 'box', refuse: { action: 'opt-out', label: 'Do not sell or share my personal information' } },
  { mode: 'opt-out', layout: 'modal', refuse: { action: 'opt-out', label: 'Do not sell or share my personal information' } },
] as const;

for (const viewport of [{ width: 320, height: 568 }, { width: 568, height: 320 }, { width: 1280, height: 800 }]) {
  for (const { mode, layout, refuse } of VARIANTS) {
    test(`${mode}, ${layout} layout, at ${viewport.width}×${viewport.height}: "${refuse.label}" and "Accept all" are equally prominent buttons, both wholly on screen without scrolling`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/test/ui-banner.html?lang=en&mode=${mode}&layout=${layout}`);
      const banner = page.locator('[data-assent-banner]');
      const accept: Locator = banner.locator('[data-assent-action="accept-all"]');
      const reject: Locator = banner.locator(`[data-assent-action="${refuse.action}"]`);
      await expect(accept).toBeVisible();
      await expect(reject).toBeVisible();
      await settled(page);

      await expect(accept).toHaveText('Accept all');
      await expect(reject).toHaveText(refuse.label);
      expect(await accept.evaluate((el) => el.tagName)).toBe('BUTTON');
      expect(await reject.evaluate((el) => el.tagName)).toBe('BUTTON');
      expect(await prominence(reject)).toEqual(await prominence(accept));

      // Without scrolling: neither the page nor the banner has been scrolled.
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await banner.evaluate((el) => el.scrollTop)).toBe(0);
      await expectFullyInViewport(accept, 'Accept all');
      await expectFullyInViewport(reject, refuse.label);

      // Same size. The refusal being the smaller one would be the worse failure, so it is checked on its own first.
      const a = (await accept.boundingBox())!;
      const r = (await reject.boundingBox())!;
      expect(r.width * r.height, `the refusal (${r.width}×${r.height}) is no smaller than Accept all (${a.width}×${a.height})`).toBeGreaterThanOrEqual(a.width * a.height - 2 * (a.width + a.height));
      expect(Math.abs(a.width - r.width), `widths ${a.width} and ${r.width}`).toBeLessThanOrEqual(2);
      expect(Math.abs(a.height - r.height), `heights ${a.height} and ${r.height}`).toBeLessThanOrEqual(2);

      // WCAG 1.4.10: no horizontal scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
}
