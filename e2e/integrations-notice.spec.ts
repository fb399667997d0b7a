import { expect, test } from '@playwright/test';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent };

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test.describe('notice mode (strictly necessary cookies only)', () => {
  for (const [what, withoutMode] of [
    ['in notice mode', false],
    ['on a site with strictly necessary cookies only, whatever its mode', true],
  ] as const) {
    test(`no banner, no consent cookie and no UI chunk on page load, ${what}`, async ({ page, context }) => {
      if (withoutMode) {
        // The same site, its config without "mode": with nothing optional, there is nothing to ask.
        await page.route('**/test/integrations-notice.html', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace('"mode": "notice",', '') });
        });
      }
      // With no cookie to carry the config's fingerprint, each page view has the engine validate the config.
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto('/test/integrations-notice.html');
      if (withoutMode) expect(await page.locator('#assent-config').textContent()).not.toContain('"mode"');
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/assent.js', '/dist/assent-engine.js']);
      expect(await context.cookies()).toEqual([]);
      await expect(page.getByRole('region')).toHaveCount(0);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
    });
  }

  test('a second page view fetches the engine again, and still sets no cookie: nothing is stored that could vouch for the config', async ({ page, context }) => {
    await page.goto('/test/integrations-notice.html');
    await page.waitForLoadState('load');
    // Away first, so nothing the first view still had under way is counted as the second's.
    await page.goto('about:blank');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/test/integrations-notice.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    // The gate grants nothing, strictly necessary tags included, until the engine has checked a config it can't
    // recognise from a stored choice; notice mode stores none, by design.
    expect(requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/assent.js', '/dist/assent-engine.js']);
    expect(await context.cookies()).toEqual([]);
  });

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
