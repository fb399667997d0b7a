import type { Locator, Page } from '@playwright/test';
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

const HOME = '/opsiq/';
const WIDGET = '/opsiq/widget.js';
const CAMPAIGN = '/opsiq/campaign-tag.js';
const VIDEO = '/vendor/video.html';
const WIDGET_KEYS = ['opsiq_session_id', 'opsiq_visitor_id'];

const toggle = (dialog: Locator, name: string) =>
  dialog.getByRole('checkbox', { name }).or(dialog.getByRole('switch', { name }));
const localKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());
// While a navigation is under way the old page's context can vanish mid-call; that counts as "not yet".
const consentSource = (page: Page) =>
  page
    .evaluate(() => (window as unknown as { Assent?: { get(): { source: string } | null } }).Assent?.get()?.source ?? null)
    .catch(() => null);

test.describe('OpsIQ demo, EU visitor (opt-in)', () => {
  test('nothing non-essential loads or is stored before consent', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME + '?region=DE');
    await expect(banner(page)).toBeVisible();
    await expect(action(banner(page), 'reject-all')).toBeVisible();
    await page.waitForLoadState('networkidle');

    expect(requests.filter((p) => [WIDGET, CAMPAIGN, VIDEO].includes(p))).toEqual([]);
    await expect(page.locator('iframe[data-assent="marketing"]')).not.toHaveAttribute('src', /.+/);
    expect(await localKeys(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await expect(page.locator('[data-region-switcher] a[aria-current="true"]')).toHaveText(/Germany/);
  });

  test('without a ?region= the config\'s default region (Germany) applies', async ({ page }) => {
    await page.goto(HOME);
    expect((await readConfig(page)).region).toBe('DE');
    await expect(page.locator('[data-region-switcher] a[aria-current="true"]')).toHaveText(/Germany/);
    await expect(action(banner(page), 'reject-all')).toBeVisible();
    await expect(action(banner(page), 'opt-out')).toHaveCount(0);
  });

  test('accept all runs the widget, the campaign tag and the video, and writes only declared storage', async ({ page, context }) => {
    await page.goto(HOME);
    await action(banner(page), 'accept-all').click();
    await waitForCookie(context, 'opsiq_campaign');
    await waitForCookie(context, 'video_visitor');
    await expect.poll(() => localKeys(page)).toEqual(WIDGET_KEYS);
    await expect(page.locator('[data-opsiq-widget]')).toBeVisible();
    await expectOnlyDeclaredStorage(page);
  });

  test('withdrawing product analytics takes the widget off the page and its storage out of the browser, without a reload', async ({ page }) => {
    await page.goto(HOME);
    await action(banner(page), 'accept-all').click();
    await expect(page.locator('[data-opsiq-widget]')).toBeVisible();
    await page.evaluate(() => (window as unknown as { Assent: { set(c: Record<string, boolean>): Promise<void> } }).Assent.set({ analytics: false }));
    await expect(page.locator('[data-opsiq-widget]')).toHaveCount(0);
    await expect.poll(() => localKeys(page)).toEqual([]);
  });

  test('reject all keeps only the consent cookie', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await action(banner(page), 'reject-all').click();
    await waitForCookie(context, 'opsiq_consent');
    await page.reload();
    await page.waitForLoadState('networkidle');

    expect(requests.filter((p) => [WIDGET, CAMPAIGN, VIDEO].includes(p))).toEqual([]);
    expect((await context.cookies()).map((c) => c.name)).toEqual(['opsiq_consent']);
    expect(await localKeys(page)).toEqual([]);
    await expectOnlyDeclaredStorage(page);
  });

  test('customise: product analytics yes, marketing no', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await action(banner(page), 'customize').click();
    const dialog = preferences(page);
    await expect(toggle(dialog, 'Marketing')).not.toBeChecked();
    await toggle(dialog, 'Product analytics').check();
    await action(dialog, 'save').click();

    await expect.poll(() => localKeys(page)).toEqual(WIDGET_KEYS);
    expect(requests).not.toContain(CAMPAIGN);
    expect((await context.cookies()).map((c) => c.name)).toEqual(['opsiq_consent']);
    await expectOnlyDeclaredStorage(page);
  });
});

test.describe('OpsIQ demo, California visitor (opt-out)', () => {
  test('without GPC, the opt-out banner shows and one click stops sharing', async ({ page, context }) => {
    await page.goto(HOME + '?region=US-CA');
    await expect(banner(page)).toBeVisible();
    // Opt-out rules: sharing runs until the visitor objects, so the campaign cookie is already there.
    await waitForCookie(context, 'opsiq_campaign');
    await expectOnlyDeclaredStorage(page);

    await action(banner(page), 'opt-out').click();
    await expect.poll(async () => (await context.cookies()).map((c) => c.name).sort()).toEqual(['opsiq_consent']);

    const requests = recordRequests(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests).not.toContain(CAMPAIGN);
    expect(requests).toContain(WIDGET);
    await expectOnlyDeclaredStorage(page);
  });

  test.describe('with Global Privacy Control sent by the browser', () => {
    test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    });

    test('the marketing stub never loads, the widget does, and the honoured notice is shown', async ({ page, context }) => {
      const requests = recordRequests(page);
      await page.goto(HOME + '?region=US-CA');
      await expect.poll(() => consentSource(page)).toBe('gpc');
      await expect.poll(() => localKeys(page)).toEqual(WIDGET_KEYS);
      await page.waitForLoadState('networkidle');
      expect(requests).not.toContain(CAMPAIGN);
      expect(requests).not.toContain(VIDEO);
      expect((await context.cookies()).map((c) => c.name)).not.toContain('opsiq_campaign');
      await expect(banner(page)).toHaveCount(0);

      await page.locator('footer').getByRole('link', { name: 'Cookie settings' }).click();
      const dialog = preferences(page);
      await expect(dialog).toContainText('Global Privacy Control');
      await expect(toggle(dialog, 'Marketing')).not.toBeChecked();
      await expectOnlyDeclaredStorage(page);

      await page.goto(HOME + 'privacy.html?region=US-CA');
      await page.waitForLoadState('networkidle');
      expect(requests).not.toContain(CAMPAIGN);
    });

    test('in the EU the same signal grants nothing', async ({ page, context }) => {
      const requests = recordRequests(page);
      await page.goto(HOME + '?region=DE');
      await expect(banner(page)).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => [WIDGET, CAMPAIGN, VIDEO].includes(p))).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  });

  test('the demo region switcher can simulate GPC in a browser that does not send it', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await page.locator('[data-region-switcher]').getByRole('link', { name: 'California with GPC' }).click();
    await expect(page).toHaveURL(/region=US-CA&gpc=1/);
    await expect.poll(() => consentSource(page)).toBe('gpc');
    expect(requests).not.toContain(CAMPAIGN);
    // Links within the site keep the simulated region.
    await expect(page.locator('header').getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/opsiq/privacy.html?region=US-CA&gpc=1');
  });
});

test.describe('OpsIQ demo, policy and self-service', () => {
  test('the policy announces the pending revision 14 days ahead, with the configured cookie table', async ({ page }) => {
    await page.goto(HOME + 'privacy.html');
    const policy = page.locator('[data-assent-policy]');
    const notice = policy.locator('[data-assent-pending]');
    await expect(notice).toBeVisible();
    const config = await readConfig(page);
    const effective = config.ui!.policy!.pending!.effective;
    const days = Math.round((Date.parse(effective) - Date.parse(new Date().toISOString().slice(0, 10))) / 864e5);
    expect(days).toBe(14);
    const shown = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(effective));
    await expect(notice).toContainText(shown);

    const expected = [...declared(config, 'cookies'), ...declared(config, 'localStorage')];
    for (const key of WIDGET_KEYS) expect(expected).toContain(key);
    expect((await tableNames(policy)).sort()).toEqual(expected.sort());
  });

  test('a visitor can download their consent record, then withdraw consent and clear their choice', async ({ page, context }) => {
    await page.goto(HOME);
    await action(banner(page), 'customize').click();
    const dialog = preferences(page);
    await toggle(dialog, 'Product analytics').check();
    await action(dialog, 'save').click();
    await waitForCookie(context, 'opsiq_consent');

    await page.locator('footer').getByRole('link', { name: 'Cookie settings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download my consent record' }).click(),
    ]);
    const saved = JSON.parse(await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')));
    expect(saved.consent.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(saved.consent.action).toBe('custom');

    await dialog.getByRole('button', { name: 'Withdraw consent and clear my choice' }).click();
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).not.toContain('opsiq_consent');
    await page.reload();
    await expect(banner(page)).toBeVisible();
  });
});
