import { expect, test } from '@playwright/test';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent };

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test.describe('notice mode (strictly necessary cookies only)', () => {
  for (const [what, url] of [
    ['in notice mode', '/test/integrations-notice.html'],
    ['on a site with strictly necessary cookies only, whatever its mode', '/test/integrations-necessary-only.html'],
  ] as const) {
    test(`no banner, no consent cookie and no UI chunk on page load, ${what}`, async ({ page, context }) => {
      // With no cookie to carry the config's fingerprint, each page view has the engine validate the config.
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(url);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/assent.js', '/dist/assent-engine.js']);
      expect(await context.cookies()).toEqual([]);
      await expect(page.getByRole('region')).toHaveCount(0);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
    });
  }

  test('showPolicy() still shows the policy with its cookie table, and sets no cookie', async ({ page, context }) => {
    await page.goto('/test/integrations-notice.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showPolicy());
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const table = dialog.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('cell', { name: 'app_session', exact: true })).toBeVisible();
    await expect(table).toContainText('Keeps you signed in.');
    expect(await context.cookies()).toEqual([]);
  });
});
