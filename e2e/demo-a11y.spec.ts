import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './demo-fixtures.js';

/*
 * The demo pages themselves (navigation, content, footer, region switcher) must pass axe, so the sites don't
 * set a bad example. Assent's own banner, dialog and policy have their own checks in the UI specs.
 */
const PAGES = [
  '/',
  '/opexcore/',
  '/opexcore/privacy.html',
  '/opsos/',
  '/opsos/privacy.html',
  '/orchestrate/',
  '/orchestrate/privacy.html',
  '/opsiq/',
  '/opsiq/privacy.html',
  '/records.html',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const result = await new AxeBuilder({ page }).withTags(TAGS).exclude('assent-ui').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// Sites theme the widget with their brand colour only; its buttons must stay readable in the visitor's dark mode.
for (const site of ['/opsos/', '/orchestrate/', '/opsiq/']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${site} banner and preferences in its brand colour pass axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(site);
      await expect(page.locator('[data-assent-banner]')).toBeVisible();
      // The banner is in the site's colour, not Assent's own.
      const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
      expect(brand).toMatch(/^#[0-9a-f]{6}$/);
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      await expect(page.locator('[data-assent-banner] [data-assent-action="accept-all"]')).toHaveCSS('background-color', rgb(brand));
      // Let entry animations finish: axe measures colour contrast on what is painted.
      await page.waitForTimeout(400);
      const banner = await new AxeBuilder({ page }).withTags(TAGS).include('assent-ui').analyze();
      expect(banner.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.locator('[data-assent-action="customize"]').click();
      await expect(page.locator('[data-assent-preferences]')).toBeVisible();
      await page.waitForTimeout(400);
      const prefs = await new AxeBuilder({ page }).withTags(TAGS).include('assent-ui').analyze();
      expect(prefs.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
