import { test as base, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { action, banner, expect, preferences, recordRequests } from './demo-fixtures.js';
import { stored, type AssentWindow } from './ui-helpers.js';

/*
 * A host page whose browser keeps nothing still gets a working widget, and nothing throws into it. Two browsers:
 *  - a sandboxed page without an origin (the demo server sends `.sandbox.` pages so), where reading or writing
 *    `document.cookie` or `localStorage` throws a SecurityError;
 *  - Chromium with "Block all cookies" set in its profile, where cookie writes are dropped without a word and
 *    `document.cookie` reads empty (`localStorage` throws there too).
 * Either way the choice lives in memory for the page view: it works at once, and the next view asks again.
 * Both pages hold an inline and an external gated analytics tag and a `!analytics` fallback, each adding its
 * name to `window.__ran`.
 */

const EXTERNAL = '/test/integrations-marker.js';

const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name);

/** What reaches the host page uncaught, and what is logged as an error or a warning. */
const watched = base.extend<{ reported: { uncaught: string[]; logged: string[]; views: number } }>({
  reported: [
    async ({ page }, use) => {
      const seen = { uncaught: [] as string[], logged: [] as string[], views: 0 };
      page.on('load', () => void seen.views++);
      page.on('pageerror', (e) => seen.uncaught.push(`${e.name}: ${e.message}`));
      page.on('console', (m) => void (/^(error|warning)$/.test(m.type()) && seen.logged.push(`${m.type()}: ${m.text()}`)));
      await use(seen);
      expect(seen.uncaught, 'nothing may throw into the host page').toEqual([]);
      // Keeping the choice in memory is the documented behaviour; the one note is for a site owner wondering why the
      // banner keeps coming back, and comes once per page view, at the first decision.
      const note = 'warning: Assent: the browser refused the consent cookie; the choice lasts for this page view.';
      expect(seen.logged.filter((m) => m !== note), 'the console stays quiet otherwise').toEqual([]);
      expect(seen.logged.length, 'one note per page view at most').toBeLessThanOrEqual(seen.views);
    },
    { auto: true },
  ],
});

/** Chromium's own cookie blocking: the content setting a visitor gets from "Block all cookies". */
const cookiesBlocked = watched.extend({
  context: async ({ playwright, launchOptions, baseURL }, use, testInfo) => {
    const profile = testInfo.outputPath('profile');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
    const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

const cases = [
  {
    name: 'a sandboxed page, where cookies and storage throw',
    test: watched,
    path: '/test/gate-blocked-cookies.sandbox.html',
    /** Unless the page really throws at both, the test proves nothing. */
    expectKeepsNothing: async (page: Page) => {
      const outcomes = await page.evaluate(() =>
        [() => document.cookie, () => localStorage].map((read) => {
          try {
            read();
            return 'allowed';
          } catch (e) {
            return (e as Error).name;
          }
        }),
      );
      expect(outcomes).toEqual(['SecurityError', 'SecurityError']);
    },
  },
  {
    name: 'a browser that blocks cookies, where cookie writes are dropped',
    test: cookiesBlocked,
    path: '/test/gate-blocked-cookies.html',
    /** Unless the write is dropped without an error, the test proves nothing. */
    expectKeepsNothing: async (page: Page) => {
      const readBack = await page.evaluate(() => {
        document.cookie = 'probe=1; path=/';
        return document.cookie;
      });
      expect(readBack).toBe('');
      expect(await cookieNames(page)).toEqual([]);
    },
  },
];

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran.slice().sort());
const has = (page: Page, category: string) =>
  page.evaluate((c) => (window as unknown as AssentWindow).Assent.has(c), category);

/** The categories each decision revoked, from the API's change event, from now on. */
async function watchRevokes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as AssentWindow & { __revoked: string[][] };
    w.__revoked = [];
    w.Assent.on('change', (d) => w.__revoked.push(d.revoked));
  });
  return () => page.evaluate(() => (window as unknown as { __revoked: string[][] }).__revoked);
}

/** Opens the page in a browser that keeps nothing; the banner asks, and nothing gated has run. */
async function firstView(page: Page, path: string, expectKeepsNothing: (page: Page) => Promise<void>) {
  await page.goto(path);
  await expectKeepsNothing(page);
  await expect(banner(page)).toBeVisible();
  expect(await ran(page), 'nothing gated runs before a choice').toEqual([]);
}

/** The page view asks afresh: no choice, nothing granted, and no gated tag ran or was even fetched. */
async function expectAskedAgain(page: Page, requests: string[]) {
  await expect(banner(page)).toBeVisible();
  expect(await stored(page)).toBeNull();
  expect(await has(page, 'analytics')).toBe(false);
  // A gated tag starts asynchronously once granted: give a grant carried over the time it would need to show.
  await page.waitForTimeout(300);
  expect(await ran(page)).toEqual([]);
  expect(requests).not.toContain(EXTERNAL);
}

for (const { name, test, path, expectKeepsNothing } of cases) {
  test.describe(name, () => {
    test('the banner asks, and Reject all answers it in one click: only the refusal fallback runs', async ({ page }) => {
      const requests = recordRequests(page);
      await firstView(page, path, expectKeepsNothing);
      await action(banner(page), 'reject-all').click();
      await expect(banner(page)).toHaveCount(0);
      await expect.poll(() => ran(page)).toEqual(['!analytics']);
      expect(await stored(page)).toMatchObject({ action: 'reject_all', source: 'banner', categories: { analytics: false } });
      expect(requests).not.toContain(EXTERNAL);
    });

    test('Accept all answers it in one click and runs the gated analytics tags in the same page view', async ({ page, reported }) => {
      await firstView(page, path, expectKeepsNothing);
      await action(banner(page), 'accept-all').click();
      await expect(banner(page)).toHaveCount(0);
      await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-external']);
      expect(await stored(page)).toMatchObject({ action: 'accept_all', source: 'banner', categories: { analytics: true } });
      expect(reported.logged, 'the console says why the choice won\'t outlast the page').toEqual([
        'warning: Assent: the browser refused the consent cookie; the choice lasts for this page view.',
      ]);
    });

    test('Cookie settings opens on the choice held in memory, and unticking analytics there revokes it', async ({ page }) => {
      await firstView(page, path, expectKeepsNothing);
      await action(banner(page), 'accept-all').click();
      await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-external']);
      const revoked = await watchRevokes(page);

      await page.locator('#open-prefs').click();
      await expect(preferences(page)).toBeVisible();
      const analytics = preferences(page).getByRole('checkbox', { name: 'Analytics' });
      await expect(analytics).toBeChecked();
      await analytics.uncheck();
      await action(preferences(page), 'save').click();

      await expect(preferences(page)).toHaveCount(0);
      expect(await revoked()).toEqual([['analytics']]);
      expect(await has(page, 'analytics')).toBe(false);
      // Without reloadOnRevoke the page stays: what ran keeps running, and the refusal fallback starts.
      await expect.poll(() => ran(page)).toEqual(['!analytics', 'analytics', 'analytics-external']);
      await expect(banner(page)).toHaveCount(0);

      await page.locator('#open-prefs').click();
      await expect(preferences(page).getByRole('checkbox', { name: 'Analytics' })).not.toBeChecked();
    });

    test('with reloadOnRevoke, a revoke reloads the page, which asks again and runs nothing gated', async ({ page }) => {
      await firstView(page, `${path}?reloadOnRevoke=1`, expectKeepsNothing);
      await action(banner(page), 'accept-all').click();
      await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-external']);
      await page.evaluate(() => ((window as unknown as { __sameView: boolean }).__sameView = true));

      const requests = recordRequests(page);
      await page.locator('#open-prefs').click();
      await preferences(page).getByRole('checkbox', { name: 'Analytics' }).uncheck();
      await Promise.all([page.waitForEvent('load'), action(preferences(page), 'save').click()]);

      expect(await page.evaluate(() => (window as unknown as { __sameView?: boolean }).__sameView)).toBeUndefined();
      await expectAskedAgain(page, requests);
    });

    test('the next page view, having nothing stored, asks again and runs nothing gated until the new choice', async ({ page }) => {
      await firstView(page, path, expectKeepsNothing);
      await action(banner(page), 'accept-all').click();
      await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-external']);

      const requests = recordRequests(page);
      await page.reload();
      await expectAskedAgain(page, requests);

      await action(banner(page), 'accept-all').click();
      await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-external']);
      expect(requests).toContain(EXTERNAL);
    });
  });
}
