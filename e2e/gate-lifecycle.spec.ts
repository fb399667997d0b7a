import { expect, test, type Page } from '@playwright/test';

/*
 * An instance across its life on a page: before init(), while its engine loads, after destroy(), and beside another
 * instance.
 */
type AssentWindow = Window & {
  Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent;
  __started?: boolean;
  __changes?: number;
  __esm: typeof import('../src/index.js');
};

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

/** The console messages of one kind the page logs from now on. */
const consoleOf = (page: Page, type: 'error' | 'warning') => {
  const seen: string[] = [];
  page.on('console', (m) => void (m.type() === type && seen.push(m.text())));
  return seen;
};
const consoleErrors = (page: Page) => consoleOf(page, 'error');

test('a loadScript() called before init() never settles and requests nothing, even once the page has started Assent', async ({ page }) => {
  // The page's own start script, which would call Assent.init(), doesn't run: the call comes first.
  await page.route('**/test/ui-page.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = consoleErrors(page);
  await page.goto('/test/ui-banner.html');
  await page.evaluate(() => {
    const w = window as unknown as AssentWindow;
    w.__started = false;
    void w.Assent.loadScript('/test/ui-gated.js', 'analytics').then(() => (w.__started = true));
  });
  expect(errors).toContain('Assent: loadScript() did nothing; call Assent.init(config) first.');
  await page.evaluate(async () => {
    const w = window as unknown as AssentWindow;
    w.Assent.init(JSON.parse(document.getElementById('assent-config')!.textContent!));
    await w.Assent.acceptAll();
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as AssentWindow).__started)).toBe(false);
  expect(requests).not.toContain('/test/ui-gated.js');
});

test('an engine fetch that failed is tried again at the next "Cookie settings" click, which then opens', async ({ page }) => {
  const fetched: string[] = [];
  await page.route('**/dist/assent-engine.js*', (route) => {
    fetched.push(new URL(route.request().url()).search);
    return fetched.length === 1 ? route.abort('internetdisconnected') : route.continue();
  });
  const errors = consoleErrors(page);
  await page.goto('/test/ui-banner.html');
  await expect.poll(() => errors.filter((e) => e.startsWith('Assent: could not load assent-engine.js')).length).toBe(1);
  await expect(page.locator('[data-assent-preferences]')).toHaveCount(0);
  await page.locator('#open-prefs').click();
  await expect(page.locator('[data-assent-preferences]')).toBeVisible();
  // The browser may keep a failed module fetch for the page's life, so the retry asks for another address.
  expect(fetched).toEqual(['', '?1']);
  expect(errors.filter((e) => e.startsWith('Assent: could not load assent-engine.js'))).toHaveLength(1);
});

test('an engine fetch that failed on a first visit is tried again by itself a few seconds later, and the banner then asks', async ({ page }) => {
  const fetched: string[] = [];
  await page.route('**/dist/assent-engine.js*', (route) => {
    fetched.push(new URL(route.request().url()).search);
    return fetched.length === 1 ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto('/test/ui-banner.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible({ timeout: 8000 });
  expect(fetched).toEqual(['', '?1']);
});

test('an engine that keeps failing is asked for twice on a first visit, not again and again', async ({ page }) => {
  const fetched: string[] = [];
  await page.route('**/dist/assent-engine.js*', (route) => {
    fetched.push(new URL(route.request().url()).search);
    return route.abort('internetdisconnected');
  });
  await page.goto('/test/ui-banner.html');
  await expect.poll(() => fetched.length, { timeout: 8000 }).toBe(2);
  await page.waitForTimeout(4000);
  expect(fetched).toEqual(['', '?1']);
  await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
});

test('an instance destroyed while its engine loads applies no Global Privacy Control once it arrives', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'Sec-GPC': '1' } });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
    document.addEventListener('assent:change', () => {
      const w = window as unknown as AssentWindow;
      w.__changes = (w.__changes ?? 0) + 1;
    });
  });
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  let requested = false;
  await context.route('**/dist/assent-engine.js', async (route) => {
    requested = true;
    await arrived;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto('/test/integrations-region-us-ca.html');
  // A module import doesn't hold back the load event, so the request may reach the route just after it.
  await expect.poll(() => requested).toBe(true);
  await page.evaluate(() => (window as unknown as AssentWindow).Assent.destroy());
  arrive();
  await page.waitForTimeout(500);
  expect((await context.cookies()).map((c) => c.name)).not.toContain('region_consent');
  expect(await page.evaluate(() => (window as unknown as AssentWindow).__changes ?? 0)).toBe(0);
  await context.close();
});

test('two instances on one page open one dialog per "Cookie settings" click, though a router prevented the default first', async ({ page }) => {
  await page.goto('/test/esm.html');
  await page.evaluate(async () => {
    const { createAssent } = (window as unknown as AssentWindow).__esm;
    const config = { cookie: { name: 'two_consent' }, categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] };
    // A widget's instance and the app's own, both already decided, so neither shows a banner.
    for (let i = 0; i < 2; i++) void createAssent(config).rejectAll();
    document.body.insertAdjacentHTML('beforeend', '<a href="/settings" id="settings" data-assent-open="preferences">Cookie settings</a>');
    document.getElementById('settings')!.addEventListener('click', (e) => e.preventDefault());
  });
  await page.locator('#settings').click();
  await expect(page.locator('[data-assent-preferences]')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.locator('[data-assent-preferences]')).toHaveCount(1);
  expect(page.url()).not.toContain('/settings');
});

/** gate.html with `extra` put just before its assent.js tag. */
const gatePageWith = (page: Page, extra: string) =>
  page.route('**/test/gate.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<script src="/dist/assent.js"></script>', `${extra}<script src="/dist/assent.js"></script>`);
    await route.fulfill({ response, body });
  });

test('an element with id="Assent" on the page does not stop Assent from starting', async ({ page }) => {
  const warnings = consoleOf(page, 'warning');
  await gatePageWith(page, '<meta id="Assent" name="description" content="A page section that shares the name">');
  await page.goto('/test/gate.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  await page.locator('[data-assent-banner] [data-assent-action="accept-all"]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as AssentWindow).Assent.has('analytics'))).toBe(true);
  expect(warnings.filter((w) => w.startsWith('Assent:'))).toEqual([]);
});

test('a page script that only declares a global named Assent does not stop it either', async ({ page }) => {
  await gatePageWith(page, '<script>var Assent;</script>');
  await page.goto('/test/gate.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
});

test('a second copy of assent.js says so and leaves the first in charge: one banner, gated tags run once', async ({ page }) => {
  const warnings = consoleOf(page, 'warning');
  await gatePageWith(page, '<script src="/dist/assent.js"></script>');
  await page.goto('/test/gate.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  expect(warnings.filter((w) => w.startsWith('Assent: window.Assent is taken'))).toHaveLength(1);
  await page.locator('[data-assent-banner] [data-assent-action="accept-all"]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual(['first', 'inline', 'clarity', 'sentry']);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual(['first', 'inline', 'clarity', 'sentry']);
  await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
  expect(await page.locator('assent-ui').count()).toBe(1);
});

test('markup named "currentScript" above the tag cannot choose where Assent loads its code from', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // What an injected image does to `document.currentScript` unless the real getter is read.
  await gatePageWith(page, '<img name="currentScript" src="/elsewhere/x/pixel.png" alt="">');
  await page.goto('/test/gate.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  expect(requests).toContain('/dist/assent-engine.js');
  expect(requests.filter((p) => p.startsWith('/elsewhere/') && p.endsWith('.js'))).toEqual([]);
});

test('assent.js loaded as a module says it must be a classic script and does nothing', async ({ page }) => {
  const errors = consoleErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route('**/test/gate.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<script src="/dist/assent.js"></script>', '<script type="module" src="/dist/assent.js"></script>');
    await route.fulfill({ response, body });
  });
  await page.goto('/test/gate.html');
  await expect.poll(() => errors).toContain('Assent: assent.js must be a classic <script src> tag; it did nothing.');
  await page.waitForTimeout(300);
  expect(requests.filter((p) => p.startsWith('/dist/') && p !== '/dist/assent.js')).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual([]);
});
