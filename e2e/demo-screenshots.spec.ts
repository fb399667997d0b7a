import { banner, expect, test } from './demo-fixtures.js';

/*
 * Screenshots of every demo site as a first-time visitor sees it, kept as test artifacts (test-results/, not
 * committed) so a reviewer can look at the banner on a laptop and on a phone. OpExCore has no banner (notice
 * mode), so its home page and its privacy page are taken instead.
 */
const SIZES = [
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'mobile', width: 375, height: 667 },
];
const SHOTS = [
  { name: 'opexcore-home', path: '/opexcore/', banner: false },
  { name: 'opexcore-privacy', path: '/opexcore/privacy.html', banner: false },
  { name: 'opsos', path: '/opsos/', banner: true },
  { name: 'orchestrate', path: '/orchestrate/', banner: true },
  { name: 'opsiq-eu', path: '/opsiq/?region=DE', banner: true },
  { name: 'opsiq-us-ca', path: '/opsiq/?region=US-CA', banner: true },
  { name: 'opsiq-privacy', path: '/opsiq/privacy.html', banner: true },
];

for (const size of SIZES) {
  test.describe(`screenshots at ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const shot of SHOTS) {
      test(shot.name, async ({ page }, testInfo) => {
        await page.goto(shot.path);
        if (shot.banner) {
          await expect(banner(page)).toBeVisible();
          // Both first-layer choices must be on screen without scrolling.
          for (const a of ['accept-all', 'reject-all', 'opt-out']) {
            const button = banner(page).locator(`[data-assent-action="${a}"]`);
            if (await button.count()) await expect(button).toBeInViewport();
          }
        } else {
          await expect(banner(page)).toHaveCount(0);
          if (shot.path.includes('privacy')) await expect(page.locator('[data-assent-policy] #cookies')).toBeVisible();
        }
        await page.waitForLoadState('networkidle');
        const file = testInfo.outputPath(`${shot.name}-${size.label}.png`);
        await page.screenshot({ path: file });
        // No horizontal scrolling on the page itself (WCAG 1.4.10 reflow).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      });
    }
  });
}
