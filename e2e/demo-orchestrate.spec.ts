import {
  action,
  banner,
  declared,
  expect,
  expectOnlyDeclaredStorage,
  preferences,
  readConfig,
  recordRequests,
  tableNames,
  test,
  waitForCookie,
} from './demo-fixtures.js';

const HOME = '/orchestrate/';
const CLARITY = ['_clck', '_clsk', 'CLID', 'ANONCHK', 'MR', 'MUID', 'SM'];
const YEAR_S = 365 * 24 * 3600;

test.describe('Orchestrate demo (the model case)', () => {
  test('asks on the first visit and sets nothing optional before a choice', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await expect(banner(page)).toBeVisible();
    await expect(action(banner(page), 'accept-all')).toBeVisible();
    await expect(action(banner(page), 'reject-all')).toBeVisible();
    await waitForCookie(context, 'orch_org');

    const names = (await context.cookies()).map((c) => c.name);
    expect(names).not.toContain('_clck');
    expect(names).not.toContain('orch_consent');
    expect(requests).not.toContain('/vendor/clarity.js');
    expect(requests).not.toContain('/vendor/sentry.js');
    expect(await page.evaluate(() => localStorage.getItem('sentryReplaySession'))).toBeNull();
    await expectOnlyDeclaredStorage(page);
  });

  test('accept all loads Clarity and Sentry, sets only declared storage, and keeps orch_consent a year', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    const before = Date.now() / 1000;
    await action(banner(page), 'accept-all').click();
    await expect(banner(page)).toBeHidden();

    await waitForCookie(context, 'orch_consent');
    const consent = (await context.cookies()).find((c) => c.name === 'orch_consent')!;
    expect(consent.path).toBe('/');
    expect(consent.sameSite).toBe('Lax');
    // One year (the config's 365 days), give or take the test's own run time.
    expect(consent.expires - before).toBeGreaterThan(YEAR_S - 120);
    expect(consent.expires - before).toBeLessThan(YEAR_S + 120);

    await expect.poll(() => requests.includes('/vendor/clarity.js')).toBe(true);
    await expect.poll(() => requests.includes('/vendor/sentry.js')).toBe(true);
    await waitForCookie(context, '_clck');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sentryReplaySession'))).not.toBeNull();
    await expectOnlyDeclaredStorage(page);
  });

  test('reject all stores the refusal and loads neither vendor', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await action(banner(page), 'reject-all').click();
    await waitForCookie(context, 'orch_consent');
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);

    const names = (await context.cookies()).map((c) => c.name);
    for (const n of CLARITY) expect(names).not.toContain(n);
    expect(requests).not.toContain('/vendor/clarity.js');
    expect(requests).not.toContain('/vendor/sentry.js');
    await expectOnlyDeclaredStorage(page);
  });

  test('customise: analytics on, error monitoring off', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await action(banner(page), 'customize').click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Analytics' }).or(dialog.getByRole('switch', { name: 'Analytics' })).check();
    await action(dialog, 'save').click();

    await waitForCookie(context, '_clck');
    expect(requests).not.toContain('/vendor/sentry.js');
    expect(await page.evaluate(() => localStorage.getItem('sentryReplaySession'))).toBeNull();
    await expectOnlyDeclaredStorage(page);
  });

  test('withdrawing analytics in Cookie settings removes the Clarity cookies', async ({ page, context }) => {
    await page.goto(HOME);
    await action(banner(page), 'accept-all').click();
    await waitForCookie(context, '_clck');

    await page.locator('footer [data-assent-open="preferences"]').click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Analytics' }).or(dialog.getByRole('switch', { name: 'Analytics' })).uncheck();
    await action(dialog, 'save').click();

    await expect.poll(async () => (await context.cookies()).map((c) => c.name).filter((n) => CLARITY.includes(n))).toEqual([]);
    await expectOnlyDeclaredStorage(page);
  });

  test('deleting orch_consent brings the banner back on the next visit', async ({ page, context }) => {
    await page.goto(HOME);
    await action(banner(page), 'accept-all').click();
    await waitForCookie(context, 'orch_consent');
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);

    await context.clearCookies({ name: 'orch_consent' });
    await page.reload();
    await expect(banner(page)).toBeVisible();
  });

  test('the privacy page renders the policy, and its cookie table is the config', async ({ page }) => {
    await page.goto(HOME + 'privacy.html');
    const policy = page.locator('[data-assent-policy]');
    await expect(policy.getByRole('heading', { name: 'Your rights' })).toBeVisible();
    await expect(policy.locator('#cookies')).toBeVisible();
    await expect(policy.locator('.policy-fallback')).toBeHidden();
    const config = await readConfig(page);
    const expected = [...declared(config, 'cookies'), ...declared(config, 'localStorage'), ...declared(config, 'sessionStorage')];
    expect((await tableNames(policy)).sort()).toEqual([...expected].sort());
    for (const name of ['appSession', 'orch_org', 'orch_consent', ...CLARITY, 'sentryReplaySession']) expect(expected).toContain(name);
    // Sentry has its own error-monitoring category and keeps to browser storage: no cookies.
    const monitoring = config.categories.find((c) => c.id === 'error-monitoring')!;
    expect(monitoring.services!.map((s) => [s.id, s.cookies ?? [], s.localStorage!.length])).toEqual([['sentry', [], 1]]);
    expect(config.cookie).toEqual({ name: 'orch_consent', days: 365 });
  });
});
