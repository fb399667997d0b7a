import { expect, test } from '@playwright/test';
import { stored } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test.describe('a host page with hostile CSS', () => {
  test('the banner stays visible, keeps its own sizes, and its buttons take real clicks above a z-index war', async ({ page }) => {
    await page.goto('/test/ui-hostile.html');
    const banner = page.locator('[data-assent-banner]');
    await expect(banner).toBeVisible();
    const reject = page.locator('[data-assent-action="reject-all"]');
    await expect(reject).toBeVisible();
    const box = (await reject.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await reject.evaluate((el) => getComputedStyle(el).fontSize)).toBe('15px');
    // The element under the button's centre is the button itself, not the page's full-screen overlay.
    const hit = await reject.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const root = el.getRootNode() as ShadowRoot;
      return root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    expect(hit).toBe(true);
    await reject.click();
    await expect(banner).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'reject_all' });
  });

  test('the preferences dialog works there too', async ({ page }) => {
    await page.goto('/test/ui-hostile.html');
    await page.locator('[data-assent-action="customize"]').click();
    const prefs = page.locator('[data-assent-preferences]');
    await expect(prefs).toBeVisible();
    await prefs.getByRole('checkbox', { name: 'Analytics' }).check();
    await prefs.locator('[data-assent-action="save"]').click();
    await expect(prefs).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'custom', categories: { analytics: true, marketing: false } });
  });
});

test.describe('a host page that zooms its body', () => {
  for (const zoom of ['1.25', '1.5', '3']) {
    test(`with body { zoom: ${zoom} } on a phone, the banner and every control of the preferences dialog stay on screen`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript((z) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = `body { zoom: ${z} }`;
          document.head.append(style);
        });
      }, zoom);
      await page.goto('/test/ui-banner.html');
      expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe(zoom);
      // Measured once the banner and the dialog have finished rising into place.
      const settled = () => page.waitForFunction(() => !document.querySelector('assent-ui')!.shadowRoot!.getAnimations().length);
      const onScreen = async (selector: string) =>
        (await settled(), page.locator(selector)).evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
          }),
        );
      await expect(page.locator('[data-assent-banner]')).toBeVisible();
      expect(await onScreen('[data-assent-banner]')).toEqual([true]);

      await page.locator('[data-assent-action="customize"]').click();
      const prefs = page.locator('[data-assent-preferences]');
      await expect(prefs).toBeVisible();
      expect(await onScreen('[data-assent-preferences]'), 'the dialog fits the viewport').toEqual([true]);
      expect(await onScreen('[data-assent-preferences] .close')).toEqual([true]);
      // The actions may be further down a long dialog, which then scrolls: each is on screen once scrolled to.
      for (const action of ['save', 'accept-all', 'reject-all']) {
        const button = prefs.locator(`[data-assent-action="${action}"]`);
        await button.scrollIntoViewIfNeeded();
        expect(await onScreen(`[data-assent-preferences] [data-assent-action="${action}"]`), action).toEqual([true]);
      }
      await prefs.locator('[data-assent-action="reject-all"]').click();
      await expect(prefs).toHaveCount(0);
      expect(await stored(page)).toMatchObject({ action: 'reject_all' });
    });
  }
});

test.describe('a site that sets its theme', () => {
  const themed = (page: import('@playwright/test').Page, css: string) =>
    page.route('**/test/ui-banner.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('</head>', `<style>${css}</style></head>`) });
    });

  test('on :root gets its colour on the banner and on the preferences dialog', async ({ page }) => {
    await themed(page, ':root { --assent-accent: #b4380a; }');
    await page.goto('/test/ui-banner.html');
    await expect(page.locator('[data-assent-banner] [data-assent-action="accept-all"]')).toHaveCSS('background-color', 'rgb(180, 56, 10)');
    await page.locator('[data-assent-banner] [data-assent-action="customize"]').click();
    await expect(page.locator('[data-assent-preferences] [data-assent-action="save"]')).toHaveCSS('background-color', 'rgb(180, 56, 10)');
  });
});
