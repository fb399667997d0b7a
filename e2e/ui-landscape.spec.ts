import { expect, test } from '@playwright/test';
import { expectFullyInViewport, prominence, settled, withNotch } from './ui-helpers.js';

/*
 * A phone held sideways is short, not narrow. The box banner then spreads across the width like the bar, so its
 * text takes fewer lines and its buttons one row, and the page above it stays in view. Measured in English and in
 * the languages whose banner text runs longest.
 */

test.use({ hasTouch: true, isMobile: true });

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

// The share of the viewport's height the box may take: it took 83 to 90 % at 568×320, and 68 to 74 % at 844×390,
// when it kept its desktop width.
for (const { width, height, most } of [
  { width: 568, height: 320, most: 0.7 },
  { width: 844, height: 390, most: 0.5 },
]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const lang of ['en', 'de', 'el', 'fi', 'hu']) {
      test(`in ${lang}, the box banner is wide and short, with its three buttons alike in one row, and nothing cut off`, async ({ page }) => {
        await page.goto(`/test/ui-banner.html?layout=box&lang=${lang}`);
        const banner = page.locator('[data-assent-banner]');
        await expect(banner).toBeVisible();
        await settled(page);

        const box = (await banner.boundingBox())!;
        expect(box.height / height, `the box is ${box.width}×${box.height}`).toBeLessThanOrEqual(most);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.width).toBeGreaterThanOrEqual(width - 16);
        // Everything in it shows without scrolling inside it, and the page needs no sideways scrolling.
        expect(await banner.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

        const buttons = ['accept-all', 'reject-all', 'customize'].map((a) => banner.locator(`[data-assent-action="${a}"]`));
        const boxes = await Promise.all(buttons.map(async (b) => (await b.boundingBox())!));
        for (const [i, b] of boxes.entries()) {
          await expectFullyInViewport(buttons[i]!, `button ${i + 1}`);
          expect(b.y, 'one row').toBe(boxes[0]!.y);
          expect(b.height, 'a target of 44 px').toBeGreaterThanOrEqual(44);
          expect(Math.abs(b.width - boxes[0]!.width), 'the same width').toBeLessThanOrEqual(1);
          expect(b.height).toBe(boxes[0]!.height);
        }
        expect(await prominence(buttons[1]!)).toEqual(await prominence(buttons[0]!));
      });
    }
  });
}

test.describe('on a short screen with a notch, under a page drawn edge to edge', () => {
  test.use({ viewport: { width: 844, height: 390 } });
  const insets = { top: 0, left: 47, right: 47, bottom: 21 };

  test('the wide box keeps its buttons clear of the notch and the home indicator', async ({ page, context }) => {
    await withNotch(page, context, insets);
    await page.goto('/test/ui-banner.html?layout=box');
    const banner = page.locator('[data-assent-banner]');
    await expect(banner).toBeVisible();
    await settled(page);
    for (const action of ['accept-all', 'reject-all', 'customize']) {
      const b = (await banner.locator(`[data-assent-action="${action}"]`).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(insets.left);
      expect(b.x + b.width).toBeLessThanOrEqual(844 - insets.right);
      expect(b.y + b.height).toBeLessThanOrEqual(390 - insets.bottom);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(844);
  });
});

test.describe('in a desktop window as short as a phone held sideways', () => {
  test.use({ viewport: { width: 1600, height: 460 }, hasTouch: false, isMobile: false });

  test('the box spans the window but keeps its text and buttons to a readable width, centred', async ({ page }) => {
    await page.goto('/test/ui-banner.html?layout=box');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await settled(page);
    const text = await page.locator('[data-assent-banner] p').first().boundingBox();
    expect(text!.width).toBeLessThanOrEqual(1100);
    expect(Math.abs(text!.x + text!.width / 2 - 800)).toBeLessThanOrEqual(20);
  });
});
