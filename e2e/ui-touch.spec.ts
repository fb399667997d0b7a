import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { focused, withNotch } from './ui-helpers.js';

/*
 * A phone: touch input, a small viewport. The page behind a modal dialog stays where the visitor left it, however
 * they swipe.
 */
test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

/** A finger drawn `dy` pixels from (x, y), the way the browser receives it. */
async function swipe(cdp: CDPSession, x: number, y: number, dy: number) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / 10 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
const scrolled = (page: Page) => page.evaluate(() => Math.round(scrollY));
/** The elements of Assent's interface that draw a focus ring now, named by their text. */
const ringed = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('assent-ui')!.shadowRoot!.querySelectorAll(':focus-visible')]
      .filter((el) => getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) > 0)
      .map((el) => `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`),
  );

test('the modal banner shows no focus ring before the visitor has touched anything, and Tab still starts at its first control', async ({ page }) => {
  await page.goto('/test/ui-banner.html?layout=modal');
  // Focus is on the dialog, which a screen reader announces by its title and text.
  const dialog = page.getByRole('dialog', { name: 'Cookies on this site' });
  await expect(dialog).toBeFocused();
  await expect(dialog).toHaveAccessibleDescription(/^We use cookies the site needs/);
  expect(await ringed(page)).toEqual([]);
  // A keyboard (a tablet's, say) goes on from there to the first control, ringed, and round within the dialog.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button:Privacy policy');
  expect(await ringed(page)).toEqual(['button:Privacy policy']);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('customize');
});

test('a tap on Customise opens the preferences with focus on Close, and no ring on it', async ({ page }) => {
  await page.goto('/test/ui-banner.html');
  await page.locator('[data-assent-banner] [data-assent-action="customize"]').tap();
  await expect(page.locator('[data-assent-preferences]')).toBeVisible();
  await expect.poll(() => focused(page)).toBe('button:Close');
  expect(await ringed(page)).toEqual([]);
});

test('the bar banner keeps its narrow-screen padding, the notch rules notwithstanding', async ({ page }) => {
  await page.goto('/test/ui-banner.html');
  const bar = page.locator('[data-assent-banner]');
  await expect(bar).toBeVisible();
  for (const side of ['top', 'right', 'bottom', 'left']) await expect(bar).toHaveCSS(`padding-${side}`, '12px');
});

test('swipes inside the preferences dialog, past its end, and on its backdrop never scroll the page behind it', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await page.goto('/test/ui-banner.html');
  await page.locator('[data-assent-banner] [data-assent-action="customize"]').tap();
  const dialog = page.locator('[data-assent-preferences]');
  await expect(dialog).toBeVisible();
  const scrollTop = () => dialog.evaluate((el) => el.scrollTop);
  for (let i = 0; i < 4; i++) await swipe(cdp, 187, 500, -300);
  // The dialog itself scrolled to its end; the page stayed put.
  await expect.poll(scrollTop).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  expect(await scrolled(page)).toBe(0);
  // The strip of backdrop beside the dialog.
  await swipe(cdp, 3, 400, -300);
  await page.waitForTimeout(300);
  expect(await scrolled(page)).toBe(0);
  // A swipe on the page while no dialog is open still scrolls it: nothing is locked for good.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await swipe(cdp, 187, 300, -300);
  await expect.poll(() => scrolled(page)).toBeGreaterThan(0);
});

test.describe('held sideways', () => {
  test.use({ viewport: { width: 568, height: 320 } });

  test('the cookie tables in the preferences dialog stack into cards, so no column is too narrow for its words', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await page.locator('[data-assent-banner] [data-assent-action="customize"]').tap();
    const dialog = page.locator('[data-assent-preferences]');
    await expect(dialog).toBeVisible();
    for (const d of await dialog.locator('.disclosure').all()) await d.tap();
    const table = dialog.locator('table').first();
    await expect(table).toBeVisible();
    await expect(table.locator('td').first()).toHaveCSS('display', 'grid');
    // The column headings are read from each cell's label instead.
    expect(await table.locator('thead').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  });
});

test.describe('on a phone with a notch, under a page drawn edge to edge', () => {
  test.use({ viewport: { width: 844, height: 390 } });
  const insets = { top: 0, left: 47, right: 47, bottom: 21 };

  test('the banner buttons and the floating button stay clear of the notch and the home indicator', async ({ page, context }) => {
    await withNotch(page, context, insets);
    await page.goto('/test/ui-banner.html?floating=1');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    // Past the banner's entry animation, which starts it a few pixels lower.
    await page.waitForTimeout(400);
    const clear = async (box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(insets.left);
      expect(box!.x + box!.width).toBeLessThanOrEqual(844 - insets.right);
      expect(box!.y + box!.height).toBeLessThanOrEqual(390 - insets.bottom);
    };
    for (const action of ['accept-all', 'reject-all', 'customize']) await clear(await page.locator(`[data-assent-banner] [data-assent-action="${action}"]`).boundingBox());
    await page.locator('[data-assent-banner] [data-assent-action="reject-all"]').tap();
    await expect(page.locator('[data-assent-floating]')).toBeVisible();
    await page.waitForTimeout(400);
    await clear(await page.locator('[data-assent-floating]').boundingBox());
  });
});
