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
