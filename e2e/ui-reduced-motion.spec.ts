import { expect, test, type Page } from '@playwright/test';

/*
 * A visitor who asks for reduced motion (`prefers-reduced-motion: reduce`) gets no animation. Measured on the computed
 * styles inside Assent's shadow root: under reduce, no element (nor its ::before or ::after) has an animation that
 * takes time or a transition; without it, the banner and the dialog do animate in, so the check can fail.
 */

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

interface Motion {
  what: string;
  animationName: string;
  animationDuration: number;
  transitionDuration: number;
}

/** Longest of a comma-separated list of CSS times, in seconds. */
const seconds = (list: string) => Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)) || 0));

/** The motion of every element (and pseudo-element) in Assent's shadow root, or of those matching `selector`. */
async function motion(page: Page, selector = '*'): Promise<Motion[]> {
  const raw = await page.evaluate((selector) => {
    const root = document.querySelector('assent-ui')!.shadowRoot!;
    return [...root.querySelectorAll(selector)].flatMap((el) =>
      [null, '::before', '::after'].map((pseudo) => {
        const cs = getComputedStyle(el, pseudo);
        return {
          what: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}`,
          animationName: cs.animationName,
          animationDuration: cs.animationDuration,
          transitionDuration: cs.transitionDuration,
        };
      }),
    );
  }, selector);
  return raw.map((m) => ({ ...m, animationDuration: seconds(m.animationDuration), transitionDuration: seconds(m.transitionDuration) }));
}

const moving = (list: Motion[]) =>
  list.filter((m) => (m.animationName !== 'none' && m.animationDuration > 0.001) || m.transitionDuration > 0.001);

async function openPreferences(page: Page) {
  await page.locator('[data-assent-action="customize"]').click();
  await expect(page.locator('[data-assent-preferences]')).toBeVisible();
}

for (const layout of ['bar', 'box', 'modal'] as const) {
  test(`without a reduced-motion preference, the ${layout} banner and the preferences dialog animate in`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`/test/ui-banner.html?layout=${layout}`);
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    const [banner] = await motion(page, '[data-assent-banner]');
    expect(banner!.animationName).not.toBe('none');
    expect(banner!.animationDuration).toBeGreaterThan(0.05);
    await openPreferences(page);
    const [dialog] = await motion(page, '[data-assent-preferences]');
    expect(dialog!.animationName).not.toBe('none');
    expect(dialog!.animationDuration).toBeGreaterThan(0.05);
  });

  test(`with prefers-reduced-motion: reduce, nothing in the ${layout} banner or the preferences dialog animates or transitions`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/test/ui-banner.html?layout=${layout}`);
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    const [banner] = await motion(page, '[data-assent-banner]');
    expect(banner!.animationName === 'none' || banner!.animationDuration <= 0.001, JSON.stringify(banner)).toBe(true);
    expect(moving(await motion(page)), 'banner').toEqual([]);
    expect(await page.evaluate(() => document.querySelector('assent-ui')!.shadowRoot!.getAnimations().length)).toBe(0);

    await openPreferences(page);
    const [dialog] = await motion(page, '[data-assent-preferences]');
    expect(dialog!.animationName === 'none' || dialog!.animationDuration <= 0.001, JSON.stringify(dialog)).toBe(true);
    expect(moving(await motion(page)), 'preferences dialog').toEqual([]);
    expect(await page.evaluate(() => document.querySelector('assent-ui')!.shadowRoot!.getAnimations().length)).toBe(0);
  });
}

test('turning on reduced motion while the banner is open stops its motion at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/test/ui-banner.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  expect(moving(await motion(page, '[data-assent-banner]'))).not.toEqual([]);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(moving(await motion(page))).toEqual([]);
});
