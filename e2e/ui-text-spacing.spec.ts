import { expect, test, type Page } from '@playwright/test';

/*
 * WCAG 1.4.12 (Text Spacing): a visitor's own style sheet may widen lines, letters, words and paragraphs, and no
 * content or control may be lost. The interface lives in a shadow root, which a user style sheet doesn't reach, so the
 * test puts the spacing there itself, as a bookmarklet that knows about shadow roots would.
 */

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

async function spaced(page: Page) {
  await page.evaluate((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.querySelector('assent-ui')!.shadowRoot!.append(style);
  }, SPACING);
}

// German and Swedish have the longest one-word dialog titles ("Datenschutzeinstellungen").
for (const lang of ['de', 'sv', 'en']) {
  test(`with text spacing at 320 px (${lang}), the preferences dialog keeps Close on screen and scrolls only up and down`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`/test/ui-banner.html?lang=${lang}`);
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await spaced(page);
    await page.locator('[data-assent-action="customize"]').click();
    const dialog = page.locator('[data-assent-preferences]');
    await expect(dialog).toBeVisible();
    await page.waitForFunction(() => !document.querySelector('assent-ui')!.shadowRoot!.getAnimations().length);
    await expect(dialog.locator('.close')).toBeInViewport({ ratio: 1 });
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth), 'no sideways scroll').toBeLessThanOrEqual(0);
    const title = dialog.locator('h2');
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth), 'the title wraps rather than overflowing').toBe(true);
  });
}

test('a disclosure is named by its text alone: the arrow before it is drawn, not read', async ({ page }) => {
  await page.goto('/test/ui-banner.html');
  await page.locator('[data-assent-action="customize"]').click();
  const disclosure = page.locator('[data-assent-preferences] .disclosure').first();
  await expect(disclosure).toHaveAccessibleName('Services and cookies');
  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await expect(disclosure).toHaveAccessibleName('Services and cookies');
});
