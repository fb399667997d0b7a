import { expect, readConfig, test } from './demo-fixtures.js';

const SITES = [
  { name: 'OpExCore', path: '/opexcore/' },
  { name: 'OpsOS', path: '/opsos/' },
  { name: 'Orchestrate', path: '/orchestrate/' },
  { name: 'OpsIQ', path: '/opsiq/' },
];

test.describe('demo index', () => {
  test('links to the four reference sites, and each one opens', async ({ page }) => {
    await page.goto('/');
    const links = page.locator('.index-grid h2 a');
    await expect(links).toHaveText(SITES.map((s) => s.name));
    for (const site of SITES) {
      await expect(page.getByRole('link', { name: site.name, exact: true })).toHaveAttribute('href', site.path);
    }
    for (const site of SITES) {
      await page.goto('/');
      await page.getByRole('link', { name: site.name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(site.path + '$'));
      await expect(page.locator('header .logo')).toContainText(site.name);
    }
  });

  for (const site of SITES) {
    test(`${site.name}: home and privacy page run the same config, and both have a way back to the choices`, async ({ page }) => {
      await page.goto(site.path);
      const home = await readConfig(page);
      const settings = page.locator('footer').getByRole('link', { name: 'Cookie settings' });
      await expect(settings).toHaveAttribute('data-assent-open', 'preferences');
      await expect(page.locator('footer').getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', site.path + 'privacy.html');
      await page.goto(site.path + 'privacy.html');
      expect(await readConfig(page)).toEqual(home);
      await expect(settings).toHaveAttribute('data-assent-open', 'preferences');
      await expect(page.locator('[data-assent-policy]')).toHaveCount(1);
    });
  }

  test('the proof log shows the records a demo site sent, as the site\'s own server would receive them', async ({ page }) => {
    await page.goto('/orchestrate/');
    await page.locator('[data-assent-action="reject-all"]').click();
    // The consent id ties this test's record to its row: the log is shared with every other test's pages.
    await expect.poll(() => page.evaluate(() => (window as unknown as { Assent: { get(): { id: string } | null } }).Assent.get()?.id)).toBeTruthy();
    const id = await page.evaluate(() => (window as unknown as { Assent: { get(): { id: string } } }).Assent.get().id);
    await page.goto('/');
    await page.getByRole('link', { name: 'proof log' }).click();
    await expect(page.getByRole('status')).toHaveText(/records\./);
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: id, exact: true }) });
    await expect(row).toHaveCount(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(1, 6)).toEqual(['/orchestrate/', 'reject_all', 'banner', 'necessary', 'analytics, error-monitoring']);
    expect(cells[6]).toMatch(/^en\b/);
    // The wording the visitor read, which the record's hash covers.
    await row.getByText(/texts, hash /).click();
    await expect(row.getByRole('listitem').filter({ hasText: 'Reject all' })).toHaveCount(1);
  });

  test('a test page without an icon link logs nothing on the console, not even a missing favicon', async ({ page }) => {
    const logged: string[] = [];
    page.on('console', (m) => void logged.push(`${m.type()}: ${m.text()}`));
    await page.goto('/test/ui-banner.html');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(logged).toEqual([]);
  });

  test('"Forget all my demo choices" clears the cookies and storage of every demo site', async ({ page, context }) => {
    await page.goto('/orchestrate/');
    await page.locator('[data-assent-action="accept-all"]').click();
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toContain('_clck');
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBeGreaterThan(0);

    await page.goto('/');
    await page.getByRole('button', { name: 'Forget all my demo choices' }).click();
    await expect(page.getByRole('status')).toHaveText(/ask again/);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
});
