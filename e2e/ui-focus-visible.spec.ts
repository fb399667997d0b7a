import { expect, test } from '@playwright/test';
import { expectFullyInViewport, settled, withNotch } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

// 320×256 is a 1280×1024 screen at 400% zoom (WCAG 1.4.10), where the banner is taller than half the viewport.
for (const [layout, width, height] of [
  ['bar', 800, 600],
  ['box', 800, 600],
  ['bar', 320, 256],
  ['box', 320, 256],
] as const) {
  test(`WCAG 2.4.11: tabbing through a long page at ${width}×${height}, no focused element is hidden behind the ${layout}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
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
        // What of the element the viewport shows; completely covered = that part lies wholly inside the banner's box.
        const [top, bottom, left, right] = [Math.max(r.top, 0), Math.min(r.bottom, innerHeight), Math.max(r.left, 0), Math.min(r.right, innerWidth)];
        const offscreen = bottom <= top || right <= left;
        const covered = top >= banner.top && bottom <= banner.bottom && left >= banner.left && right <= banner.right;
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

/** Whether the visitor can see any of the focused element: the point at its centre isn't the banner's. */
const focusedIsVisible = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
  });
const bannerEdge = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const b = document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]')!.getBoundingClientRect();
    return b.top < innerHeight - b.bottom ? 'top' : 'bottom';
  });

for (const [layout, width, height] of [
  ['bar', 1280, 800],
  ['box', 1280, 800],
  ['bar', 320, 568],
  ['box', 320, 568],
] as const) {
  test(`WCAG 2.4.11: a ${layout} at ${width}px moves to the other edge when a focused element the page fixed to the viewport is under it, and back`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/test/ui-banner.html?layout=${layout}&fixed=1`);
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    // By keyboard: from the last link of the page to the chat button fixed at the bottom right.
    await page.locator('#last-link').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#fixed-chat')).toBeFocused();
    await frames();
    expect(await focusedIsVisible(page), 'the chat button is visible').toBe(true);
    expect(await bannerEdge(page)).toBe('top');

    // The header fixed at the top is then under the banner: it goes back down.
    await page.locator('#fixed-head').focus();
    await frames();
    expect(await focusedIsVisible(page), 'the header link is visible').toBe(true);
    expect(await bannerEdge(page)).toBe('bottom');

    // Still one click to answer, wherever it is.
    await page.locator('#fixed-chat').focus();
    await frames();
    expect(await bannerEdge(page)).toBe('top');
    await page.locator('[data-assent-action="reject-all"]').click();
    await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
  });
}

test("WCAG 2.4.11: the floating button never sits over the page's last link once it has focus, and makes room for it", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/test/ui-banner.html?floating=1');
  await page.locator('[data-assent-banner] [data-assent-action="reject-all"]').click();
  const fab = page.locator('[data-assent-floating]');
  await expect(fab).toBeVisible();
  // "Back to top", the page's last link, sits in the bottom corner the button takes.
  await page.locator('#last-link').focus();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const [link, button] = await Promise.all([page.locator('#last-link').boundingBox(), fab.boundingBox()]);
  const overlap =
    link!.x < button!.x + button!.width && link!.x + link!.width > button!.x && link!.y < button!.y + button!.height && link!.y + link!.height > button!.y;
  expect(overlap).toBe(false);
  expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toMatch(/px$/);
});

// WCAG 1.4.10: at 400% zoom a banner taller than the viewport scrolls inside itself, and none of it lies off screen,
// at either edge. The box, held off the edges by its inset, used to take the viewport's full height and stick out.
for (const layout of ['bar', 'box'] as const) {
  for (const edge of ['bottom', 'top'] as const) {
    test(`at 320×256 the ${layout}, at the ${edge}, lies wholly inside the viewport and, scrolled to its end, shows its last button`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 256 });
      await page.goto(`/test/ui-banner.html?layout=${layout}&lang=de`);
      const banner = page.locator('[data-assent-banner]');
      await expect(banner).toBeVisible();
      // The other edge is where the banner goes when a focused element the page fixed to the viewport is under it.
      if (edge === 'top') await banner.evaluate((el) => el.classList.add('top'));
      await settled(page);
      const box = (await banner.boundingBox())!;
      expect(await banner.evaluate((el) => el.scrollHeight > el.clientHeight), 'taller than the viewport').toBe(true);
      expect(box.y, 'top edge').toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'bottom edge').toBeLessThanOrEqual(256);
      const last = banner.locator('[data-assent-action="customize"]');
      await banner.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expectFullyInViewport(last, 'Customise');
    });
  }
}

test('at 320×256 under a page drawn edge to edge, the box keeps clear of the insets at both edges too', async ({ page, context }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  const insets = { top: 20, left: 0, right: 0, bottom: 24 };
  await withNotch(page, context, insets);
  await page.goto('/test/ui-banner.html?layout=box&lang=de');
  const banner = page.locator('[data-assent-banner]');
  await expect(banner).toBeVisible();
  await settled(page);
  for (const edge of ['bottom', 'top']) {
    if (edge === 'top') await banner.evaluate((el) => el.classList.add('top'));
    const box = (await banner.boundingBox())!;
    expect(box.y, `${edge}: top edge`).toBeGreaterThanOrEqual(insets.top);
    expect(box.y + box.height, `${edge}: bottom edge`).toBeLessThanOrEqual(256 - insets.bottom);
  }
});
