import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent; __ran?: string[] };

/** A browser context that sends Global Privacy Control the way browsers do: the header and the navigator flag. */
async function gpcContext(browser: Browser, baseURL: string | undefined, gpc: boolean, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ baseURL, storageState, extraHTTPHeaders: gpc ? { 'Sec-GPC': '1' } : {} });
  if (gpc) {
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    );
  }
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  return context;
}

function gated(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /integrations-marker\.js\?(\w+)/.exec(r.url());
    if (m) seen.push(m[1]!);
  });
  return seen;
}
const ran = (page: Page) => page.evaluate(() => (window as unknown as AssentWindow).__ran ?? []);

test.describe('Global Privacy Control', () => {
  test('in opt-out mode it is applied without asking: the sale-or-share tag never loads, the record says gpc, and preferences say so', async ({ browser, baseURL }) => {
    const context = await gpcContext(browser, baseURL, true);
    const page = await context.newPage();
    const requested = gated(page);
    await page.goto('/test/integrations-region-us-ca.html');
    expect(await page.evaluate(() => navigator.globalPrivacyControl)).toBe(true);
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toMatchObject({
      action: 'gpc',
      source: 'gpc',
      categories: { necessary: true, analytics: true, marketing: false },
    });
    await page.waitForTimeout(300);
    expect(requested).toEqual(['analytics']);

    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showPreferences());
    await expect(page.getByText(/opt-out preference signal.*honou?red/i)).toBeVisible();

    // A later visit without the signal keeps the opt-out.
    const state = await context.storageState();
    await context.close();
    const later = await gpcContext(browser, baseURL, false, state);
    const again = await later.newPage();
    const requestedLater = gated(again);
    await again.goto('/test/integrations-region-us-ca.html');
    await expect.poll(() => ran(again)).toEqual(['analytics']);
    expect(await again.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toMatchObject({ source: 'gpc', categories: { marketing: false } });
    await again.waitForTimeout(300);
    expect(requestedLater).toEqual(['analytics']);
    await later.close();
  });

  test('a later visit without the signal, after the policy revision changed, asks again but keeps the opt-out meanwhile', async ({ browser, baseURL }) => {
    const context = await gpcContext(browser, baseURL, true);
    const page = await context.newPage();
    await page.goto('/test/integrations-region-us-ca.html');
    await expect.poll(() => page.evaluate(() => (window as unknown as AssentWindow).Assent.get()?.source)).toBe('gpc');
    const state = await context.storageState();
    await context.close();

    const later = await gpcContext(browser, baseURL, false, state);
    // The site publishes a new revision of its policy.
    await later.route('**/test/integrations-region-us-ca.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('"cookie":', '"revision": 2, "cookie":') });
    });
    const again = await later.newPage();
    const requested = gated(again);
    await again.goto('/test/integrations-region-us-ca.html');
    await expect(again.locator('[data-assent-banner]')).toBeVisible();
    expect(await again.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
    await expect.poll(() => ran(again)).toEqual(['analytics']);
    await again.waitForTimeout(300);
    expect(requested).toEqual(['analytics']);
    await later.close();
  });

  test('in opt-in mode it grants nothing and records nothing', async ({ browser, baseURL }) => {
    const context = await gpcContext(browser, baseURL, true);
    const page = await context.newPage();
    const requested = gated(page);
    await page.goto('/test/integrations-region-fr.html');
    expect(await page.evaluate(() => navigator.globalPrivacyControl)).toBe(true);
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
    expect((await context.cookies()).map((c) => c.name)).not.toContain('region_consent');
    await context.close();
  });
});

declare global {
  interface Navigator {
    globalPrivacyControl?: boolean;
  }
}
