import { expect, test, type Page } from '@playwright/test';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent; dataLayer: unknown[] };

/** The dataLayer as plain data: each entry's kind (`arguments`, array, object) and contents. */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as AssentWindow).dataLayer.map((e) => ({
      kind: Object.prototype.toString.call(e),
      items: Object.prototype.toString.call(e) === '[object Arguments]' ? Array.from(e as IArguments).map(String) : [],
      object: Object.prototype.toString.call(e) === '[object Object]' ? JSON.stringify(e) : '',
    })),
  );
const consent = async (page: Page) => (await dataLayer(page)).filter((e) => e.items[0] === 'consent');

test.beforeEach(async ({ context }) => {
  // Nothing leaves localhost; gtag.js itself is answered with an empty script.
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  await context.route('https://www.googletagmanager.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
});

test.describe('Google Consent Mode v2', () => {
  test('the default comes first, every consent entry is an arguments object, and it is all denied', async ({ page }) => {
    await page.goto('/test/integrations-gcm.html');
    const entries = await dataLayer(page);
    const first = (name: string) => entries.findIndex((e) => e.items[0] === name);
    expect(first('consent')).toBe(0);
    expect(entries[0]!.items.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first('config')).toBeGreaterThan(0);
    expect(first('event')).toBeGreaterThan(first('config'));
    for (const e of entries.filter((x) => x.items[0] === 'consent')) expect(e.kind).toBe('[object Arguments]');
    expect(await page.evaluate(() => (window as unknown as AssentWindow).dataLayer[0])).toEqual({
      0: 'consent',
      1: 'default',
      2: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', wait_for_update: 500 },
    });
    // A first visit under opt-in has nothing to update yet.
    expect((await consent(page)).length).toBe(1);
  });

  test('exactly one update per decision, then one per later page load, each followed by assent_consent', async ({ page }) => {
    await page.goto('/test/integrations-gcm.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: true }));
    let updates = (await consent(page)).filter((e) => e.items[1] === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.kind).toBe('[object Arguments]');
    const last = await page.evaluate(() => (window as unknown as AssentWindow).dataLayer.slice(-2));
    expect(last).toEqual([
      { 0: 'consent', 1: 'update', 2: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' } },
      { event: 'assent_consent', assent: { necessary: true, analytics: true, marketing: false } },
    ]);

    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    updates = (await consent(page)).filter((e) => e.items[1] === 'update');
    expect(updates).toHaveLength(2);

    await page.reload();
    const entries = await dataLayer(page);
    expect(entries.filter((e) => e.items[0] === 'consent').map((e) => e.items[1])).toEqual(['default', 'update']);
    expect(entries.findIndex((e) => e.items[1] === 'update')).toBeLessThan(entries.findIndex((e) => e.items[0] === 'config'));
    expect(entries.filter((e) => e.object.includes('"assent_consent"'))).toHaveLength(1);
    const update = await page.evaluate(() => (window as unknown as AssentWindow).dataLayer[1]);
    expect(update).toMatchObject({ 2: { ad_storage: 'granted', analytics_storage: 'granted' } });
  });
});
