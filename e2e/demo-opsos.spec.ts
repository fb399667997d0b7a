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
import type { Locator } from '@playwright/test';

const HOME = '/opsos/';
const toggle = (dialog: Locator, name: string) =>
  dialog.getByRole('checkbox', { name }).or(dialog.getByRole('switch', { name }));

test.describe('OpsOS demo (opt-in, three categories)', () => {
  test('asks first, and keeps analytics and layout storage off until allowed', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await expect(banner(page)).toBeVisible();
    await waitForCookie(context, 'opsos_session');
    await page.locator('#density-toggle').click();
    await expect(page.locator('#density-toggle')).toHaveAttribute('aria-pressed', 'true');

    expect(requests).not.toContain('/opsos/analytics-stub.js');
    expect(await page.evaluate(() => localStorage.getItem('opsos_ui'))).toBeNull();
    const written = await expectOnlyDeclaredStorage(page);
    expect(written.cookies.sort()).toEqual(['opsos_csrf', 'opsos_session']);
  });

  test('accept all sets the analytics cookies and remembers the layout', async ({ page, context }) => {
    await page.goto(HOME);
    await action(banner(page), 'accept-all').click();
    await waitForCookie(context, 'opsos_consent');
    await waitForCookie(context, '_ga');
    await expect.poll(async () => (await context.cookies()).some((c) => /^_ga_[A-Z0-9]+$/.test(c.name))).toBe(true);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('opsos_ui'))).not.toBeNull();
    // Google Consent Mode follows the analytics choice: denied by default, granted by the decision.
    const consent = await page.evaluate(() =>
      ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? [])
        .filter((e) => e[0] === 'consent')
        .map((e) => `${e[1]} ${e[2].analytics_storage} ${e[2].ad_storage}`),
    );
    expect(consent).toEqual(['default denied denied', 'update granted denied']);

    await page.locator('#density-toggle').click();
    await page.reload();
    await expect(page.locator('#density-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expectOnlyDeclaredStorage(page);
  });

  test('reject all leaves only the necessary cookies', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await action(banner(page), 'reject-all').click();
    await waitForCookie(context, 'opsos_consent');
    await page.locator('#density-toggle').click();
    await page.reload();
    await expect(page.locator('#density-toggle')).toHaveAttribute('aria-pressed', 'false');

    expect(requests).not.toContain('/opsos/analytics-stub.js');
    const written = await expectOnlyDeclaredStorage(page);
    expect(written.cookies.sort()).toEqual(['opsos_consent', 'opsos_csrf', 'opsos_session']);
    expect(written.localStorage).toEqual([]);
  });

  test('customise: experience on, analytics off', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await action(banner(page), 'customize').click();
    const dialog = preferences(page);
    await expect(toggle(dialog, 'Analytics')).not.toBeChecked();
    await toggle(dialog, 'Experience').check();
    await action(dialog, 'save').click();
    await waitForCookie(context, 'opsos_consent');

    await expect.poll(() => page.evaluate(() => localStorage.getItem('opsos_ui'))).not.toBeNull();
    expect(requests).not.toContain('/opsos/analytics-stub.js');
    const written = await expectOnlyDeclaredStorage(page);
    expect(written.cookies.filter((n) => n.startsWith('_ga'))).toEqual([]);
  });

  test('the privacy page covers soft deletion and UK/GDPR rights, with the configured cookie table', async ({ page }) => {
    await page.goto(HOME + 'privacy.html');
    const policy = page.locator('[data-assent-policy]');
    await expect(policy.getByRole('heading', { name: 'Deletion and retention' })).toBeVisible();
    await expect(policy).toContainText('soft deletion');
    await expect(policy).toContainText('retention window');
    await expect(policy.getByRole('heading', { name: /Your rights under the UK GDPR/ })).toBeVisible();
    const config = await readConfig(page);
    expect(config.categories.map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics']);
    const expected = [...declared(config, 'cookies'), ...declared(config, 'localStorage')];
    // Visitors read the analytics cookie pattern as the names it matches.
    expect(expected).toContain('/^_ga_[A-Z0-9]+$/');
    const shown = expected.map((name) => (name === '/^_ga_[A-Z0-9]+$/' ? '_ga_*' : name));
    expect((await tableNames(policy)).sort()).toEqual(shown.sort());
  });
});
