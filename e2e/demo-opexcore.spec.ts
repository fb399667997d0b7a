import {
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

const HOME = '/opexcore/';

test.describe('OpExCore demo (notice mode)', () => {
  test('shows no banner, sets no consent cookie and does not even fetch the UI', async ({ page, context }) => {
    const requests = recordRequests(page);
    await page.goto(HOME);
    await waitForCookie(context, 'opexcore_session');
    await page.waitForLoadState('networkidle');

    await expect(banner(page)).toHaveCount(0);
    expect(requests.filter((p) => p.endsWith('/assent-ui.js'))).toEqual([]);
    const written = await expectOnlyDeclaredStorage(page);
    expect(written.cookies.sort()).toEqual(['opexcore_csrf', 'opexcore_session']);
    expect((await readConfig(page)).mode).toBe('notice');
  });

  test('Cookie settings shows the necessary cookies, locked on, and stores nothing', async ({ page }) => {
    await page.goto(HOME);
    await page.locator('footer [data-assent-open="preferences"]').click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('checkbox').or(dialog.getByRole('switch')).first()).toBeDisabled();
    await expect(dialog).toContainText('opexcore_session');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectOnlyDeclaredStorage(page);
  });

  test('"Cookies used on this site" opens the policy at its cookie table', async ({ page }) => {
    await page.goto(HOME);
    await page.getByRole('link', { name: 'Cookies used on this site' }).click();
    const dialog = page.locator('[data-assent-policy-dialog]');
    await expect(dialog.locator('h3#cookies')).toBeFocused();
    await expect(dialog.getByRole('cell', { name: 'opexcore_session', exact: true })).toBeInViewport();
  });

  test('the privacy page shows the full policy, the AI disclosure and the cookie table from the config', async ({ page }) => {
    await page.goto(HOME + 'privacy.html');
    const policy = page.locator('[data-assent-policy]');
    await expect(policy.getByRole('heading', { name: 'Optional AI features' })).toBeVisible();
    await expect(policy).toContainText("Anthropic's Claude API");
    await expect(policy).toContainText('nothing is ever sent to Anthropic');
    await expect(policy.locator('#cookies')).toBeVisible();
    const config = await readConfig(page);
    expect((await tableNames(policy)).sort()).toEqual(declared(config, 'cookies').sort());
    await expect(banner(page)).toHaveCount(0);
  });
});
