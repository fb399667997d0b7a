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
