import { expect, test } from '@playwright/test';
import type { AssentWindow } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const view = (page: import('@playwright/test').Page) => page.locator('[data-assent-policy-view]');

test.describe('policy viewer', () => {
  test('renders inline with contents, meta line, pending notice and the generated cookie section', async ({ page }) => {
    await page.goto('/test/ui-policy.html');
    const policy = view(page);
    await expect(policy.locator('h2#privacy-policy')).toHaveText('Privacy policy');
    await expect(policy.locator('.meta')).toHaveText('Last updated: April 10, 2026 · Revision 4');
    await expect(policy.locator('[data-assent-pending]')).toContainText('Changes take effect on December 1, 2026.');
    await expect(policy.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText(['What we collect', 'Your rights', 'Cookies', 'Contact']);
    // The author's own "Cookies" heading gets the generated table, from the same config as the banner.
    const section = policy.locator('section[aria-labelledby="cookies"]');
    await expect(section).toContainText('The table below is generated from the same settings as the banner.');
    await expect(section.getByRole('cell', { name: '_clck', exact: true })).toBeVisible();
    await expect(section.getByRole('cell', { name: 'sentryReplaySession', exact: true })).toBeVisible();
    await expect(policy.locator('a[href="mailto:privacy@example.com"]')).toHaveCount(1);
  });

  test("takes the page's own colours in a dark-mode browser, rather than painting a dark block on a light page", async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/test/ui-policy.html');
    const policy = view(page);
    await expect(policy.locator('h2#privacy-policy')).toBeVisible();
    const pageText = await page.evaluate(() => getComputedStyle(document.body).color);
    await expect(policy).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(policy).toHaveCSS('color', pageText);
    await expect(policy.locator('p').first()).toHaveCSS('color', pageText);
    // The banner, a surface of its own, still follows the visitor's setting.
    await expect(page.locator('[data-assent-banner]')).toHaveCSS('background-color', 'rgb(29, 30, 36)');
  });

  test("on a dark page takes the page's light text, and a site's own --assent-fg wins over it", async ({ page }) => {
    const styled = (css: string) =>
      page.route('**/test/ui-policy.html', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('</head>', `<style>${css}</style></head>`) });
      });
    await styled('body { background: #111; color: rgb(238, 238, 238); }');
    await page.goto('/test/ui-policy.html');
    await expect(view(page).locator('p').first()).toHaveCSS('color', 'rgb(238, 238, 238)');
    await page.unroute('**/test/ui-policy.html');
    await styled(':root { --assent-fg: rgb(10, 120, 40); } body { background: #111; color: rgb(238, 238, 238); }');
    await page.goto('/test/ui-policy.html');
    await expect(view(page).locator('p').first()).toHaveCSS('color', 'rgb(10, 120, 40)');
  });

  test('the banner and the inline policy share their parsed stylesheets: the banner\'s, and the one the policy brought', async ({ page }) => {
    await page.goto('/test/ui-policy.html');
    await expect(view(page).locator('h2#privacy-policy')).toBeVisible();
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    const sheets = await page.evaluate(() => {
      const roots = ['assent-ui', 'assent-policy'].map((tag) => document.querySelector(tag)!.shadowRoot!);
      return {
        counts: roots.map((r) => r.adoptedStyleSheets.length),
        same: [0, 1].map((i) => roots[0]!.adoptedStyleSheets[i] === roots[1]!.adoptedStyleSheets[i]),
        styled: roots[0]!.adoptedStyleSheets.map((s) => s.cssRules.length > 10),
      };
    });
    expect(sheets).toEqual({ counts: [2, 2], same: [true, true], styled: [true, true] });
  });

  test("a page that shows only the banner never parses the dialogs' styles", async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await page.waitForTimeout(300);
    const rules = await page.evaluate(() => document.querySelector('assent-ui')!.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')));
    expect(rules).toHaveLength(1);
    expect(rules[0]).toContain('.banner');
    expect(rules[0]).not.toContain('.cat-head');
    // Opened, the dialog brings its own, and is styled by them.
    await page.locator('[data-assent-banner] [data-assent-action="customize"]').click();
    await expect(page.locator('[data-assent-preferences] .cat-head').first()).toHaveCSS('display', 'flex');
  });

  test('a #cookies link from outside lands on the section, on load and on hashchange', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto('/test/ui-policy.html#cookies');
    const heading = view(page).locator('h3#cookies');
    await expect(heading).toBeInViewport();
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(100);
    await page.evaluate(() => (location.hash = '#contact'));
    await expect(view(page).locator('h3#contact')).toBeFocused();
    await expect(view(page).locator('h3#contact')).toBeInViewport();
  });

  test("after a router's pushState to a section, the hashchange the README has the app dispatch takes the policy there", async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto('/test/ui-policy.html');
    await expect(view(page).locator('h3#contact')).toBeAttached();
    await page.evaluate(() => history.pushState(null, '', '#contact'));
    await expect(view(page).locator('h3#contact')).not.toBeInViewport();
    await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
    await expect(view(page).locator('h3#contact')).toBeInViewport();
  });

  test('shows the current choice and changes it through preferences', async ({ page }) => {
    await page.goto('/test/ui-policy.html');
    await page.locator('[data-assent-action="accept-all"]').click();
    const analytics = view(page).locator('[data-assent-category="analytics"]');
    await expect(analytics).toContainText('Your choice: Allowed');
    await view(page).getByRole('button', { name: 'Change my choices' }).click();
    const prefs = page.locator('[data-assent-preferences]');
    await expect(prefs.getByRole('checkbox', { name: 'Analytics' })).toBeChecked();
    await prefs.getByRole('checkbox', { name: 'Analytics' }).uncheck();
    await prefs.locator('[data-assent-action="save"]').click();
    await expect(analytics).toContainText('Your choice: Not allowed');
    await expect(view(page).getByRole('button', { name: 'Change my choices' })).toBeFocused();
  });

  test('showPolicy(section) opens the dialog at that section', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showPolicy('your-rights'));
    const dialog = page.locator('[data-assent-policy-dialog]');
    await expect(dialog.locator('h4#your-rights')).toBeFocused();
    await expect(dialog.locator('h4#your-rights')).toBeInViewport();
  });

  for (const rootSize of ['', '4px', '62.5%']) {
    test(`a data-assent-open link with data-assent-section opens the dialog at that section, below a head that keeps Close in view${rootSize && `, on a page whose root font size is ${rootSize}`}`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto('/test/ui-banner.html');
      await page.evaluate((size) => {
        // The widget sizes itself in px: a page's root font size must not move where a heading lands.
        if (size) document.documentElement.style.fontSize = size;
        const link = Object.assign(document.createElement('a'), { href: '#', id: 'cookie-list', textContent: 'Cookies we use' });
        link.setAttribute('data-assent-open', 'policy');
        link.setAttribute('data-assent-section', 'cookies');
        // At the top of the page, clear of the banner.
        document.querySelector('h1')!.after(link);
      }, rootSize);
      await page.locator('#cookie-list').click();
      const dialog = page.locator('[data-assent-policy-dialog]');
      const heading = dialog.locator('h4#cookies');
      await expect(heading).toBeFocused();
      const close = dialog.getByRole('button', { name: 'Close' });
      // The section is far down a long policy: the dialog scrolled, and Close is still on screen, above the heading.
      expect(await dialog.evaluate((d) => d.scrollTop)).toBeGreaterThan(200);
      const head = (await dialog.locator('.dialog-head').boundingBox())!;
      const box = (await dialog.boundingBox())!;
      // Flush with the top of the dialog, inside its 1 px border.
      expect(head.y).toBeLessThanOrEqual(box.y + 2);
      await expect(close).toBeInViewport({ ratio: 1 });
      expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(head.y + head.height);
      await close.click();
      await expect(dialog).toHaveCount(0);
    });
  }

  test('prints without the contents list and buttons', async ({ page }) => {
    await page.goto('/test/ui-policy.html');
    await page.locator('[data-assent-action="reject-all"]').click();
    await expect(view(page).locator('.toc')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(view(page).locator('.toc')).toBeHidden();
    await expect(view(page).getByRole('button', { name: 'Change my choices' })).toBeHidden();
    await expect(view(page).locator('h3#cookies')).toBeVisible();
    expect(await view(page).locator('a[href^="https://edpb"]').evaluate((a) => getComputedStyle(a, '::after').content)).toContain('edpb.europa.eu');
  });

  test('prints the inline policy with no banner over it', async ({ page }) => {
    await page.goto('/test/ui-policy.html');
    const heading = view(page).locator('h2#privacy-policy');
    await expect(heading).toBeVisible();
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-assent-banner]')).toBeHidden();
    // Nothing of Assent's overlay sits on top of the policy's first heading.
    const onTop = await heading.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + 4, r.top + r.height / 2];
      let hit = document.elementFromPoint(x, y);
      for (let inner = hit?.shadowRoot?.elementFromPoint(x, y); inner && inner !== hit; inner = hit?.shadowRoot?.elementFromPoint(x, y)) hit = inner;
      return !!hit && el.contains(hit);
    });
    expect(onTop).toBe(true);
  });

  test('prints an open policy dialog in full, without the banner or the dialog chrome', async ({ page }) => {
    await page.goto('/test/ui-banner.html');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showPolicy());
    const dialog = page.locator('[data-assent-policy-dialog]');
    await expect(dialog.locator('h4#contact')).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-assent-banner]')).toBeHidden();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeHidden();
    await expect(dialog.locator('h2#assent-policy-title')).toBeVisible();
    await expect(dialog.locator('h4#contact')).toBeVisible();
    // The whole policy is laid out at the width of the sheet, not clipped inside a scrolling, fixed box.
    const box = await dialog.evaluate((d) => ({ width: d.getBoundingClientRect().width, clipped: d.scrollHeight > d.clientHeight + 1 }));
    expect(box.clipped).toBe(false);
    expect(box.width).toBeGreaterThan(400);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('assent-ui')!).position)).not.toBe('fixed');
  });
});
