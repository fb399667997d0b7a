import { banner, expect, test } from './demo-fixtures.js';
import { expectFullyInViewport, settled } from './ui-helpers.js';

/*
 * Screenshots of every demo site as a first-time visitor sees it, kept as test artifacts (test-results/, not
 * committed) so a reviewer can look at the banner on a laptop and on a phone. OpExCore has no banner (notice
 * mode), so its home page and its privacy page are taken instead.
 * The sizes are the two the first layer must work at: both choices visible without scrolling at 1280x800
 * and at 320x568, the narrowest phone.
 */
const SIZES = [
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'mobile', width: 320, height: 568 },
];
const OPT_IN = ['accept-all', 'reject-all'];
const OPT_OUT = ['opt-out', 'accept-all'];
/** `choices`: the first-layer buttons the banner must show, both wholly on screen; none means no banner. */
const SHOTS = [
  { name: 'opexcore-home', path: '/opexcore/', choices: [] },
  { name: 'opexcore-privacy', path: '/opexcore/privacy.html', choices: [] },
  { name: 'opsos', path: '/opsos/', choices: OPT_IN },
  { name: 'orchestrate', path: '/orchestrate/', choices: OPT_IN },
  { name: 'opsiq-eu', path: '/opsiq/?region=DE', choices: OPT_IN },
  { name: 'opsiq-us-ca', path: '/opsiq/?region=US-CA', choices: OPT_OUT },
  { name: 'opsiq-privacy', path: '/opsiq/privacy.html', choices: OPT_IN },
];

for (const size of SIZES) {
  test.describe(`screenshots at ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const shot of SHOTS) {
      const says = shot.choices.length
        ? `${shot.name}: the banner shows ${shot.choices.join(' and ')} wholly on screen, and the page does not scroll sideways`
        : `${shot.name}: no banner shows, and the page does not scroll sideways`;
      test(says, async ({ page }, testInfo) => {
        await page.goto(shot.path);
        if (shot.choices.length) {
          await expect(banner(page)).toBeVisible();
          // Let the entry animation end: the buttons are measured where they come to rest.
          await settled(page);
          // Both first-layer choices must be wholly on screen without scrolling.
          expect(await page.evaluate(() => scrollY)).toBe(0);
          for (const a of shot.choices) {
            const button = banner(page).locator(`[data-assent-action="${a}"]`);
            await expect(button).toHaveJSProperty('tagName', 'BUTTON');
            await expectFullyInViewport(button, a);
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
