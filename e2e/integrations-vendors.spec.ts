import { expect, test, type Page } from '@playwright/test';

type VendorWindow = Window & {
  Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent;
  clarity: ((...a: unknown[]) => void) & { calls?: unknown[][]; loaded?: boolean };
  Sentry?: { calls: string[] };
};
const CLARITY_COOKIES = ['_clck', '_clsk', 'CLID', 'ANONCHK', 'MR', 'MUID', 'SM'];

const clarityCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as VendorWindow).clarity.calls?.filter((c) => c[0] === 'consentv2') ?? null);

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  // The Clarity preset's own loader URL, answered by the local stand-in.
  await context.route('https://www.clarity.ms/tag/*', (route) => route.fulfill({ path: 'demo/vendor/clarity.js' }));
});

function requests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test.describe('the Clarity preset', () => {
  test('loads nothing before a grant; a grant requests the tag for the project and passes analytics_Storage granted, ad_Storage denied', async ({ page, context }) => {
    const urls = requests(page);
    await page.goto('/test/integrations-vendors.html');
    await page.waitForTimeout(200);
    expect(urls.filter((u) => u.includes('clarity.ms'))).toEqual([]);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('_clck');

    await page.evaluate(() => (window as unknown as VendorWindow).Assent.set({ analytics: true }));
    await expect.poll(() => page.evaluate(() => (window as unknown as VendorWindow).clarity.loaded === true)).toBe(true);
    expect(urls.filter((u) => u.includes('clarity.ms'))).toEqual(['https://www.clarity.ms/tag/abc']);
    // Analytics consent is not advertising consent: this site has no marketing category, so ad storage stays denied.
    expect((await clarityCalls(page))!.at(-1)).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
    expect((await context.cookies()).map((c) => c.name)).toEqual(expect.arrayContaining(CLARITY_COOKIES));
  });

  test('a revoke passes consentv2 denied and removes every Clarity cookie', async ({ page, context }) => {
    await page.goto('/test/integrations-vendors.html');
    await page.evaluate(() => (window as unknown as VendorWindow).Assent.acceptAll());
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toEqual(expect.arrayContaining(CLARITY_COOKIES));

    await page.evaluate(() => (window as unknown as VendorWindow).Assent.set({ analytics: false }));
    expect((await clarityCalls(page))!.at(-1)).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]);
    const left = (await context.cookies()).map((c) => c.name);
    for (const name of CLARITY_COOKIES) expect(left).not.toContain(name);
    expect(left).toContain('vendors_consent');
  });

  test('a later page view with the grant stored loads Clarity and passes the same consentv2 again', async ({ page }) => {
    await page.goto('/test/integrations-vendors.html');
    await page.evaluate(() => (window as unknown as VendorWindow).Assent.set({ analytics: true }));
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as unknown as VendorWindow).clarity.loaded === true)).toBe(true);
    expect(await clarityCalls(page)).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
  });
});

test.describe('the Sentry preset', () => {
  test('starts Sentry only after a grant; a revoke closes it and removes its replay session', async ({ page }) => {
    const urls = requests(page);
    await page.goto('/test/integrations-vendors.html');
    await page.waitForTimeout(200);
    expect(urls.filter((u) => u.includes('/vendor/sentry.js'))).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('sentryReplaySession'))).toBeNull();

    await page.evaluate(() => (window as unknown as VendorWindow).Assent.set({ errors: true }));
    await expect.poll(() => page.evaluate(() => (window as unknown as VendorWindow).Sentry?.calls)).toEqual(['init']);
    expect(await page.evaluate(() => localStorage.getItem('sentryReplaySession'))).not.toBeNull();

    await page.evaluate(() => (window as unknown as VendorWindow).Assent.set({ errors: false }));
    expect(await page.evaluate(() => (window as unknown as VendorWindow).Sentry?.calls)).toEqual(['init', 'close']);
    expect(await page.evaluate(() => [localStorage.getItem('sentryReplaySession'), sessionStorage.getItem('sentryReplaySession')])).toEqual([null, null]);
  });
});
