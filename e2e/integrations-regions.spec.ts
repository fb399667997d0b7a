import { expect, test, type Page } from '@playwright/test';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent; __ran?: string[] };
const ran = (page: Page) => page.evaluate(() => (window as unknown as AssentWindow).__ran ?? []);

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test.describe('regions: { "US-CA": "opt-out", default: "opt-in" }', () => {
  test('US-CA runs opt-out rules: every tag runs before a choice, and one opt-out stops the sale-or-share one', async ({ page, context }) => {
    await page.goto('/test/integrations-region-us-ca.html');
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing']);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.has('marketing'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();

    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: true, marketing: false }));
    expect((await context.cookies()).map((c) => c.name)).toContain('region_consent');
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['analytics']);
  });

  test('any other region falls back to opt-in: nothing runs before a choice', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/test/integrations-region-fr.html');
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u.includes('integrations-marker'))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.has('analytics'))).toBe(false);
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['analytics']);
  });

  test('both regions still ask: the UI chunk is fetched for the banner', async ({ page }) => {
    for (const region of ['us-ca', 'fr']) {
      const fetched = page.waitForRequest(/\/dist\/assent-ui\.js$/);
      await page.goto(`/test/integrations-region-${region}.html`);
      await fetched;
    }
  });
});

test.describe('a choice carried from one region to another (the same site, a visitor who travels or a VPN)', () => {
  const has = (page: Page, key: string) => page.evaluate((k) => (window as unknown as AssentWindow).Assent.has(k), key);
  const stored = (page: Page) => page.evaluate(() => (window as unknown as AssentWindow).Assent.get());

  test('an opt-out made under California rules is no consent under opt-in rules: the visitor is asked, and nothing runs', async ({ page }) => {
    await page.goto('/test/integrations-region-us-ca.html');
    // "Do not sell or share": analytics stays on, as opt-out rules have it, without the visitor turning it on.
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: true, marketing: false }));
    expect(await stored(page)).toMatchObject({ mode: 'opt-out', categories: { analytics: true } });

    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const asked = page.waitForRequest(/\/dist\/assent-ui\.js$/);
    await page.goto('/test/integrations-region-fr.html');
    await asked;
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    expect(await has(page, 'analytics')).toBe(false);
    expect(await stored(page)).toBeNull();
    await page.waitForTimeout(300);
    expect(await ran(page)).toEqual([]);
    expect(requests.filter((u) => u.includes('integrations-marker'))).toEqual([]);

    // Nor does it come back on the next view: it was never restamped as trusted under the opt-in config.
    await page.reload();
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    expect(await has(page, 'analytics')).toBe(false);
  });

  test('a refusal made under California rules stands under opt-in rules, without asking again', async ({ page }) => {
    await page.goto('/test/integrations-region-us-ca.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: false, marketing: false }));
    await page.goto('/test/integrations-region-fr.html');
    await expect.poll(() => stored(page)).toMatchObject({ mode: 'opt-out', categories: { analytics: false } });
    await page.waitForTimeout(300);
    await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
    expect(await ran(page)).toEqual([]);
  });

  test('a consent given under opt-in rules still counts under California rules', async ({ page }) => {
    await page.goto('/test/integrations-region-fr.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: true, marketing: false }));
    await page.goto('/test/integrations-region-us-ca.html');
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    expect(await stored(page)).toMatchObject({ mode: 'opt-in', categories: { analytics: true, marketing: false } });
  });
});
