import type { Page } from '@playwright/test';
import { action, banner, expect, preferences, recordRequests, test } from './demo-fixtures.js';
import { stored } from './ui-helpers.js';

/*
 * Escape, a close button, clicking outside and scrolling never count as consent.
 * /test/ui-dismiss.html holds one gated tag per optional category (inline ones push to window.__gatedRan, an
 * external one is fetched only when analytics is granted) and a `!analytics` fallback, which runs only on a refusal.
 * After every gesture the page must hold no consent cookie, no record, no gated tag must have run or been fetched,
 * and the banner must still be asking.
 */

const COOKIE = 'dismiss_consent';
const GATED_SRC = '/test/ui-gated.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const gatedRan = (page: Page) => page.evaluate(() => (window as unknown as { __gatedRan: string[] }).__gatedRan);

async function expectNoDecision(page: Page, requests: string[], after: string) {
  // A gated tag starts asynchronously once granted: give it the time it would need.
  await page.waitForTimeout(300);
  const cookies = (await page.context().cookies()).map((c) => c.name);
  expect(cookies, `${after}: no consent cookie`).not.toContain(COOKIE);
  expect(await page.evaluate(() => document.cookie), `${after}: no cookie at all`).toBe('');
  expect(await stored(page), `${after}: no consent record`).toBeNull();
  expect(await gatedRan(page), `${after}: no gated tag ran`).toEqual([]);
  expect(requests, `${after}: the gated script was never fetched`).not.toContain(GATED_SRC);
  await expect(banner(page), `${after}: the banner is still asking`).toBeVisible();
}

/** What is under a point of the viewport, looking into Assent's shadow root. */
const hitAt = (page: Page, x: number, y: number) =>
  page.evaluate(([x, y]) => {
    const el = document.elementFromPoint(x!, y!);
    if (el?.tagName !== 'ASSENT-UI') return `page:${el?.tagName.toLowerCase()}`;
    const inner = el.shadowRoot!.elementFromPoint(x!, y!);
    return `assent:${inner?.closest('[data-assent-banner]') ? 'banner' : inner?.className}`;
  }, [x, y]);

test('accepting on this page runs every gated tag, so the checks below can see consent', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/test/ui-dismiss.html');
  await action(banner(page), 'accept-all').click();
  await expect.poll(() => gatedRan(page).then((r) => [...r].sort())).toEqual(['analytics', 'analytics-external', 'errors', 'marketing']);
  expect(requests).toContain(GATED_SRC);
  expect((await page.context().cookies()).map((c) => c.name)).toContain(COOKIE);
});

test('rejecting on this page runs the refusal fallback and nothing else', async ({ page }) => {
  await page.goto('/test/ui-dismiss.html');
  await action(banner(page), 'reject-all').click();
  await expect.poll(() => gatedRan(page)).toEqual(['!analytics']);
});

for (const layout of ['bar', 'box', 'modal'] as const) {
  test.describe(`${layout} layout`, () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    test('scrolling with the mouse wheel and with Page Down is not consent', async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`/test/ui-dismiss.html?layout=${layout}`);
      await expect(banner(page)).toBeVisible();
      await page.mouse.move(640, 100);
      await page.mouse.wheel(0, 800);
      if (layout !== 'modal') await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await expectNoDecision(page, requests, 'mouse wheel');
      const before = await page.evaluate(() => scrollY);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      if (layout !== 'modal') await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
      await expectNoDecision(page, requests, 'Page Down');
    });

    test('clicking outside the banner is not consent', async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`/test/ui-dismiss.html?layout=${layout}`);
      await expect(banner(page)).toBeVisible();
      // The modal layout covers the page with its backdrop; the other layouts leave the page itself there.
      expect(await hitAt(page, 20, 20)).toMatch(layout === 'modal' ? /^assent:backdrop$/ : /^page:/);
      await page.mouse.click(20, 20);
      await expectNoDecision(page, requests, 'click at the top left');
      const { x, y } = await page.locator('#filler').boundingBox().then((b) => ({ x: b!.x + 5, y: b!.y + b!.height / 2 }));
      expect(await hitAt(page, x, y)).toMatch(layout === 'modal' ? /^assent:backdrop$/ : /^page:/);
      await page.mouse.click(x, y);
      await expectNoDecision(page, requests, 'click on the page text');
    });

    test('Escape, pressed on the page and on the banner, is not consent', async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`/test/ui-dismiss.html?layout=${layout}`);
      await expect(banner(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expectNoDecision(page, requests, 'Escape on load');
      await action(banner(page), 'accept-all').focus();
      await page.keyboard.press('Escape');
      await expectNoDecision(page, requests, 'Escape with focus on Accept all');
    });

    test('closing the preferences dialog, by its close button, its backdrop or Escape, is not consent', async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`/test/ui-dismiss.html?layout=${layout}`);
      await expect(banner(page)).toBeVisible();
      const prefs = preferences(page);
      const analytics = prefs.getByRole('checkbox', { name: 'Analytics' });

      // Close button, after ticking a category: closing must not save what was ticked.
      await action(banner(page), 'customize').click();
      await expect(prefs).toBeVisible();
      await analytics.check();
      await prefs.getByRole('button', { name: 'Close' }).click();
      await expect(prefs).toHaveCount(0);
      await expectNoDecision(page, requests, 'the close button');

      // Backdrop: the dialog does not close on it, and the click decides nothing.
      await action(banner(page), 'customize').click();
      await expect(prefs).toBeVisible();
      await expect(analytics).not.toBeChecked();
      await analytics.check();
      expect(await hitAt(page, 5, 5)).toBe('assent:backdrop');
      await page.mouse.click(5, 5);
      await expectNoDecision(page, requests, 'a click on the backdrop');
      await expect(prefs, 'a backdrop click leaves the dialog open').toBeVisible();

      // Escape closes it without saving.
      await page.keyboard.press('Escape');
      await expect(prefs).toHaveCount(0);
      await expectNoDecision(page, requests, 'Escape in the dialog');
    });
  });
}
