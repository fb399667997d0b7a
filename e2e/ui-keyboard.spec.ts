import { expect, test } from '@playwright/test';
import { focused, stored, tabTo, type AssentWindow } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const banner = (page: import('@playwright/test').Page) => page.locator('[data-assent-banner]');
const prefs = (page: import('@playwright/test').Page) => page.locator('[data-assent-preferences]');

test.describe('keyboard only', () => {
  test('Tab reaches Reject all first thing on the page, and Enter rejects', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'reject-all', { max: 4 });
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'reject_all', source: 'banner', categories: { necessary: true, analytics: false, errors: false, marketing: false } });
  });

  test('Space on Accept all accepts', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'accept-all');
    await page.keyboard.press(' ');
    await expect(banner(page)).toHaveCount(0);
    expect(await stored(page)).toMatchObject({ action: 'accept_all', categories: { analytics: true, marketing: true } });
  });

  test('Escape on the banner grants nothing and keeps it open', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'accept-all');
    await page.keyboard.press('Escape');
    await expect(banner(page)).toBeVisible();
    expect(await stored(page)).toBeNull();
  });

  test('customise and save: focus moves in, Tab wraps both ways, Space ticks, Enter saves and is announced', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'customize');
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toBeVisible();
    // Focus starts inside the dialog, on its first control.
    expect(await focused(page)).toBe('button:Close');
    // Shift+Tab from the first control wraps to the last, Tab from the last back to the first.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('reject-all');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Close');
    await tabTo(page, '#assent-cat-analytics');
    await page.keyboard.press(' ');
    await expect(page.getByRole('checkbox', { name: 'Analytics' })).toBeChecked();
    await tabTo(page, 'save');
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Your choices have been saved.' })).toHaveCount(1);
    expect(await stored(page)).toMatchObject({ action: 'custom', source: 'preferences', categories: { analytics: true, errors: false, marketing: false } });
  });

  test('reopens from a data-assent-open link, shows the stored choice, and Escape returns focus without saving', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'reject-all');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    const before = await stored(page);
    await tabTo(page, '#open-prefs', { max: 10 });
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Analytics' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Strictly necessary' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Strictly necessary' })).toBeDisabled();
    await tabTo(page, '#assent-cat-marketing');
    await page.keyboard.press(' ');
    await page.keyboard.press('Escape');
    await expect(prefs(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('#open-prefs');
    expect(await stored(page)).toEqual(before);
  });

  test("a settings link inside a web component's shadow root opens the preferences, and focus returns to it on Escape", async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    // A design system's footer: its links live in its own open shadow root.
    await page.evaluate(() => {
      const footer = document.createElement('site-footer');
      footer.attachShadow({ mode: 'open' }).innerHTML = '<a href="#" id="shadow-settings" data-assent-open="preferences">Cookie settings</a>';
      document.querySelector('footer')!.prepend(footer);
    });
    await tabTo(page, '#shadow-settings', { max: 80 });
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(prefs(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('#shadow-settings');
    // And by pointer.
    await page.locator('#shadow-settings').click();
    await expect(prefs(page)).toBeVisible();
    expect(await page.url()).not.toContain('#');
  });

  test('the policy opens from a data-assent-open button and focus returns to it on Escape', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, '#open-policy', { max: 10 });
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-assent-policy-dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h4#cookies')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('#open-policy');
    expect(await stored(page)).toBeNull();
  });

  test('focus goes to the floating button after a decision made through Customise, and back to it when the dialog it opened closes', async ({ page }) => {
    await page.goto('/test/ui-banner.html?floating=1');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'customize');
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toBeVisible();
    await expect.poll(() => focused(page)).toBe('button:Close');
    await tabTo(page, 'save');
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toHaveCount(0);
    // The Customise button went away with the banner; the way back to the choices takes its place.
    await expect.poll(() => focused(page)).toBe('button:Privacy preferences');
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toBeVisible();
    // Focus moves into the dialog as it opens; Escape is the dialog's key from there.
    await expect.poll(() => focused(page)).toBe('button:Close');
    await page.keyboard.press('Escape');
    await expect(prefs(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('button:Privacy preferences');
  });

  test('a decision on the banner leaves focus on the floating button, not at the top of the page', async ({ page }) => {
    await page.goto('/test/ui-banner.html?floating=1');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'accept-all');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('button:Privacy preferences');
  });

  /** Holds the floating button's chunk back until the returned function is called, as a slow network would. */
  async function holdFloatingChunk(page: import('@playwright/test').Page) {
    let release!: () => void;
    const arrived = new Promise<void>((done) => (release = done));
    await page.route('**/chunks/FloatingButton-*.js', async (route) => {
      await arrived;
      await route.continue();
    });
    return release;
  }

  test('focus goes to the floating button when its chunk arrives after the decision', async ({ page }) => {
    const release = await holdFloatingChunk(page);
    await page.goto('/test/ui-banner.html?floating=1');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'accept-all');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-assent-floating]')).toHaveCount(0);
    release();
    await expect.poll(() => focused(page)).toBe('button:Privacy preferences');
  });

  test('a floating button that arrives late leaves focus where the visitor has moved it, and takes none on a return visit', async ({ page }) => {
    let release = await holdFloatingChunk(page);
    await page.goto('/test/ui-banner.html?floating=1');
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'accept-all');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await page.focus('#open-prefs');
    release();
    await expect(page.locator('[data-assent-floating]')).toHaveCount(1);
    await page.waitForTimeout(200);
    expect(await focused(page)).toBe('#open-prefs');

    await page.unroute('**/chunks/FloatingButton-*.js');
    release = await holdFloatingChunk(page);
    await page.reload();
    await page.waitForLoadState('load');
    release();
    await expect(page.locator('[data-assent-floating]')).toHaveCount(1);
    await page.waitForTimeout(200);
    expect(await focused(page)).not.toBe('button:Privacy preferences');
  });

  test('a visitor who went back from the page into the banner returns to the page after deciding', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await page.focus('#open-prefs');
    await tabTo(page, 'reject-all', { back: true, max: 4 });
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('#open-prefs');
    expect(await stored(page)).toMatchObject({ action: 'reject_all', source: 'banner' });
  });

  test('a visitor who went back into the banner, read the policy and decided in Customise returns to the page', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(banner(page)).toBeVisible();
    await page.focus('#open-prefs');
    await tabTo(page, 'button:Privacy policy', { back: true, max: 6 });
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-assent-policy-dialog]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Privacy policy');
    await tabTo(page, 'customize');
    await page.keyboard.press('Enter');
    await expect(prefs(page)).toBeVisible();
    await tabTo(page, 'save');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('#open-prefs');
  });

  test('the modal banner, opened again from the page, gives focus back to the control that opened it after a decision', async ({ page }) => {
    await page.goto('/test/ui-banner.html?layout=modal');
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    await expect(banner(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Button 3', exact: true }).focus();
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showBanner());
    await expect(banner(page)).toBeVisible();
    await tabTo(page, 'reject-all');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('button:Button 3');
  });

  test('the modal layout traps focus in the banner', async ({ page }) => {
    await page.goto('/test/ui-banner.html?layout=modal');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focused(page));
    }
    expect([...seen].sort()).toEqual(['accept-all', 'button:Privacy policy', 'customize', 'reject-all']);
  });
});
