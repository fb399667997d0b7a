import { expect, test, type Locator } from '@playwright/test';
import type { AssentWindow } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

/** Where the dialog lies on the sheet, and whether the document reaches further down than the dialog and the window do. */
const layout = (dialog: Locator) =>
  dialog.evaluate((d) => {
    const box = d.getBoundingClientRect();
    return {
      top: Math.round(box.top),
      width: box.width,
      clipped: d.scrollHeight > d.clientHeight + 1,
      pageBelow: document.documentElement.scrollHeight > Math.max(box.bottom, innerHeight) + 1,
    };
  });

test.describe('printing with a dialog open', () => {
  test('prints the preferences dialog alone, in place of the page, and the page again once it is closed', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await page.locator('#open-prefs').click();
    const dialog = page.locator('[data-assent-preferences]');
    await expect(dialog).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main')).toBeHidden();
    await expect(page.locator('h1#top')).toBeHidden();
    await expect(page.locator('[data-assent-banner]')).toBeHidden();
    await expect(dialog.getByRole('heading', { name: 'Privacy preferences' })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Marketing' })).toBeVisible();
    // From the top of the first sheet, at the sheet's width, and nothing of the page after it.
    const printed = await layout(dialog);
    expect(printed).toEqual({ top: 0, width: expect.any(Number), clipped: false, pageBelow: false });
    expect(printed.width).toBeGreaterThan(400);

    await page.emulateMedia({ media: 'screen' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1#top')).toBeVisible();
    await expect(page.locator('main')).toBeVisible();
  });

  test("prints every category's services and their cookie tables, without the buttons that disclose them on screen", async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await page.locator('#open-prefs').click();
    const dialog = page.locator('[data-assent-preferences]');
    await expect(dialog).toBeVisible();
    const disclosures = dialog.getByRole('button', { name: 'Services and cookies', includeHidden: true });
    await expect(disclosures).toHaveCount(4);
    // One entry from each category's table, none of them disclosed on screen before printing.
    const entries = ['appSession', '_clck', 'sentryReplaySession', '_ads_id'].map((name) =>
      dialog.getByRole('cell', { name, exact: true, includeHidden: true }),
    );

    await page.emulateMedia({ media: 'print' });
    for (const entry of entries) await expect(entry).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Microsoft Clarity' })).toBeVisible();
    for (const button of await disclosures.all()) await expect(button).toBeHidden();

    // On screen the disclosures are back, still closed, and so are the tables they control.
    await page.emulateMedia({ media: 'screen' });
    for (const button of await disclosures.all()) {
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    }
    for (const entry of entries) await expect(entry).toBeHidden();
  });

  test('prints the policy dialog alone too, and both dialogs when the preferences open over the policy', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showPolicy());
    const policy = page.locator('[data-assent-policy-dialog]');
    await expect(policy.locator('h4#contact')).toBeAttached();
    await policy.getByRole('button', { name: 'Change my choices' }).click();
    const prefs = page.locator('[data-assent-preferences]');
    await expect(prefs).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main')).toBeHidden();
    await expect(policy.locator('h4#contact')).toBeVisible();
    await expect(prefs.getByRole('heading', { name: 'Privacy preferences' })).toBeVisible();

    // Closing the preferences leaves the policy open, and the page still off the sheet.
    await page.emulateMedia({ media: 'screen' });
    await prefs.getByRole('button', { name: 'Close' }).click();
    await expect(prefs).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main')).toBeHidden();
    await expect(policy.locator('h4#contact')).toBeVisible();
  });

  test('prints the page under the modal banner, which leaves itself off the sheet', async ({ page }) => {
    await page.goto('/test/ui-banner.html?layout=modal');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-assent-banner]')).toBeHidden();
    await expect(page.locator('h1#top')).toBeVisible();
  });

  test("leaves out a page whose own CSS insists on showing everything, with `!important`", async ({ page }) => {
    await page.goto('/test/ui-hostile.html');
    await page.locator('[data-assent-action="customize"]').click();
    const dialog = page.locator('[data-assent-preferences]');
    await expect(dialog).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const overlay of await page.locator('.war').all()) await expect(overlay).toBeHidden();
    await expect(page.locator('main')).toBeHidden();
    await expect(dialog.getByRole('checkbox', { name: 'Analytics' })).toBeVisible();
  });
});
