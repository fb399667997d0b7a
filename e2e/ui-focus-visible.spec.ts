import { expect, test } from '@playwright/test';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

for (const layout of ['bar', 'box']) {
  test(`WCAG 2.4.11: tabbing through a long page, no focused element is hidden behind the ${layout}`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`/test/ui-banner.html?layout=${layout}`);
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    const count = await page.locator('main a, main button, footer a').count();
    expect(count).toBeGreaterThan(40);
    const seen = new Set<string>();
    for (let i = 0; i < count + 8; i++) {
      await page.keyboard.press('Tab');
      // Measure what the visitor sees once the browser (and Assent) have finished scrolling.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el.tagName === 'ASSENT-UI' || el === document.body) return null;
        const banner = document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        // Completely covered = the element's box lies wholly inside the banner's box.
        const covered = r.top >= banner.top && r.bottom <= banner.bottom && r.left >= banner.left && r.right <= banner.right;
        const offscreen = r.bottom <= 0 || r.top >= innerHeight;
        return { id: el.id || el.textContent!.trim(), covered, offscreen };
      });
      if (!result) continue;
      seen.add(result.id);
      expect(result.covered, `${result.id} is hidden behind the banner`).toBe(false);
      expect(result.offscreen, `${result.id} is off screen`).toBe(false);
    }
    expect(seen.size).toBeGreaterThan(40);
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toMatch(/px$/);
  });
}

test('the scroll padding goes away with the banner', async ({ page }) => {
  await page.goto('/test/ui-banner.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  await page.locator('[data-assent-action="reject-all"]').click();
  await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('');
});
