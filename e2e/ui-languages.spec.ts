import { expect, test } from '@playwright/test';
import { stored, type AssentWindow } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const LOCALES = /\/chunks\/(bg|cs|da|de|el|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv|ar|he)\.js$/;
/** The English strings only the dialogs, the policy and embed placeholders show. */
const ENGLISH_LATER = /\/chunks\/en-later-[\w-]+\.js$/;

test('<html lang="fr"> gives French strings and fetches only the French locale, none of English for the dialog', async ({ page }) => {
  const locales: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const m = LOCALES.exec(path);
    if (m) locales.push(m[1]!);
    if (ENGLISH_LATER.test(path)) locales.push('en-later');
  });
  await page.goto('/test/ui-fr.html');
  const banner = page.locator('[data-assent-banner]');
  await expect(banner.getByRole('heading')).toHaveText('Les cookies sur ce site');
  await expect(page.locator('[data-assent-action="reject-all"]')).toHaveText('Tout refuser');
  await expect(page.locator('[data-assent-action="accept-all"]')).toHaveText('Tout accepter');
  await page.locator('[data-assent-action="customize"]').click();
  await expect(page.locator('[data-assent-preferences] h2')).toHaveText('Préférences de confidentialité');
  await expect(page.locator('#assent-cat-analytics-desc')).toHaveText('Mesure l’utilisation du site pour nous aider à l’améliorer.');
  expect(locales).toEqual(['fr']);
});

test("a French visitor whose browser kept an earlier release's fr.js reads English for the strings it lacks, never a key", async ({ page }) => {
  // The same file name serves every release: this copy predates a string of the banner and three of the dialog.
  const lacking = ['banner.title', 'prefs.intro', 'prefs.details', 'category.analytics.description'];
  await page.route('**/chunks/fr.js', async (route) => {
    const res = await route.fetch();
    const { default: fr } = (await import(`data:text/javascript,${encodeURIComponent(await res.text())}`)) as { default: Record<string, string> };
    for (const key of lacking) delete fr[key];
    await route.fulfill({ response: res, body: `export default ${JSON.stringify(fr)};` });
  });
  const later: string[] = [];
  page.on('request', (r) => ENGLISH_LATER.test(new URL(r.url()).pathname) && later.push(r.url()));
  await page.goto('/test/ui-fr.html');
  await expect(page.locator('[data-assent-banner]').getByRole('heading')).toHaveText('Cookies on this site');
  await expect(page.locator('[data-assent-action="reject-all"]')).toHaveText('Tout refuser');
  await page.locator('[data-assent-action="customize"]').click();
  const dialog = page.locator('[data-assent-preferences]');
  await expect(dialog.locator('h2')).toHaveText('Préférences de confidentialité');
  await expect(dialog).toContainText('Choose which optional cookies and similar storage we may use.');
  await expect(dialog.getByRole('button', { name: 'Services and cookies' }).first()).toBeVisible();
  const description = page.locator('#assent-cat-analytics-desc bdi');
  await expect(description).toHaveText('Measures how the site is used, so we can improve it.');
  await expect(description).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-assent-action="save"]')).toHaveText('Enregistrer mes choix');
  const shown = await page.locator('assent-ui').evaluate((host) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue!);
    const labels = Array.from(host.shadowRoot!.querySelectorAll('[aria-label]'), (el) => el.getAttribute('aria-label')!);
    return [...texts, ...labels];
  });
  expect(shown.filter((s) => /\b(?:banner|action|prefs|table|storage|state|category|duration|consentCookie|preset)\.[a-z_]/.test(s))).toEqual([]);
  expect(later).toHaveLength(1);
});

test('English needs no locale file at all', async ({ page }) => {
  const locales: string[] = [];
  page.on('request', (r) => LOCALES.test(new URL(r.url()).pathname) && locales.push(r.url()));
  await page.goto('/test/ui-banner.html?lang=en');
  await expect(page.locator('[data-assent-action="reject-all"]')).toHaveText('Reject all');
  expect(locales).toEqual([]);
});

test('<html lang="pt-BR"> gives the Portuguese strings, and the interface says it is Brazilian Portuguese', async ({ page }) => {
  const locales: string[] = [];
  page.on('request', (r) => {
    const m = LOCALES.exec(new URL(r.url()).pathname);
    if (m) locales.push(m[1]!);
  });
  await page.goto('/test/ui-banner.html?lang=pt-BR');
  await expect(page.locator('[data-assent-action="reject-all"]')).toHaveText('Rejeitar tudo');
  await expect(page.locator('assent-ui .root')).toHaveAttribute('lang', 'pt-BR');
  expect(locales).toEqual(['pt']);
});

for (const lang of ['ar', 'he']) {
  test(`${lang} is laid out right to left`, async ({ page }) => {
    await page.goto(`/test/ui-banner.html?lang=${lang}`);
    const root = page.locator('assent-ui .root');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', lang);
    expect(await page.locator('[data-assent-banner] h2').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(page.locator('[data-assent-action="reject-all"]')).not.toHaveText('Reject all');
  });
}

/** Where a fixed element of the interface sits: its gaps to the viewport's left and right edges. */
const gaps = async (page: import('@playwright/test').Page, selector: string) => {
  const box = (await page.locator(selector).boundingBox())!;
  const width = page.viewportSize()!.width;
  return { left: Math.round(box.x), right: Math.round(width - box.x - box.width) };
};

for (const [lang, end, start] of [['en', 'right', 'left'], ['ar', 'left', 'right']] as const) {
  test(`in ${lang}, the box banner sits at the reading end of the bottom edge, the floating button at its start, and a short screen's box spans the width`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/test/ui-banner.html?lang=${lang}&layout=box&floating=1`);
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await expect.poll(async () => (await gaps(page, '[data-assent-banner]'))[end]).toBe(16);
    expect((await gaps(page, '[data-assent-banner]'))[start]).toBeGreaterThan(400);
    await page.locator('[data-assent-action="reject-all"]').click();
    await expect(page.locator('[data-assent-floating]')).toBeVisible();
    expect((await gaps(page, '[data-assent-floating]'))[start]).toBe(16);
    expect((await gaps(page, '[data-assent-floating]'))[end]).toBeGreaterThan(1000);
    await page.setViewportSize({ width: 844, height: 390 });
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.showBanner());
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await expect.poll(() => gaps(page, '[data-assent-banner]')).toEqual({ left: 8, right: 8 });
  });
}

test('a single-page app that switches <html lang> gets the banner in the new language, right to left when it reads so', async ({ page }) => {
  await page.goto('/test/ui-fr.html');
  await expect(page.locator('[data-assent-action="reject-all"]')).toHaveText('Tout refuser');
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'he'));
  await expect(page.locator('assent-ui .root')).toHaveAttribute('lang', 'he');
  await expect(page.locator('assent-ui .root')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-assent-action="reject-all"]')).not.toHaveText('Tout refuser');
  await page.locator('[data-assent-action="reject-all"]').click();
  expect((await stored(page))?.action).toBe('reject_all');
});

for (const lang of ['ar', 'he']) {
  test(`in ${lang}, cookie names read left to right and a closed section's arrow points the way the text runs`, async ({ page }) => {
    await page.goto(`/test/ui-banner.html?lang=${lang}`);
    await page.locator('[data-assent-action="customize"]').click();
    const dialog = page.locator('[data-assent-preferences]');
    const disclosure = dialog.locator('.disclosure').nth(1);
    const arrow = () => disclosure.evaluate((el) => getComputedStyle(el, '::before').content);
    // The arrow is drawn with empty alternative text, so it isn't read as part of the button's name.
    expect(await arrow()).toBe('"◂ " / ""');
    await disclosure.click();
    expect(await arrow()).toBe('"▾ " / ""');
    // Where each character is drawn, not only what the markup says: in a right-to-left paragraph a leading "_"
    // is drawn at the right-hand end unless the name is isolated as left to right.
    const cell = dialog.getByRole('cell', { name: '_clck', exact: true });
    const [underscore, c] = await cell.evaluate((td) => {
      const text = document.createTreeWalker(td, NodeFilter.SHOW_TEXT).nextNode()!;
      return [0, 1].map((i) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      });
    });
    expect(underscore!).toBeLessThan(c!);
  });
}

test.describe('on a browser in German, which has no Irish data', () => {
  test.use({ locale: 'de-DE' });

  test("an Irish interface writes dates and durations in English, marked as English, not in the browser's German", async ({ page }) => {
    // The test page gives its durations as text; this copy gives one in ISO 8601, for Assent to write out.
    await page.route('**/test/ui-banner.html?*', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace('"duration": "90 days"', '"duration": "P1Y6M"') });
    });
    await page.goto('/test/ui-banner.html?lang=ga');
    await page.locator('#open-policy').click();
    const dialog = page.locator('[data-assent-policy-dialog]');
    await expect(dialog.locator('.meta')).toHaveText('Nuashonraithe go deireanach: April 10, 2026 · Leagan 4');
    await expect(dialog.locator('.meta bdi')).toHaveAttribute('lang', 'en');
    await expect(dialog.locator('[data-assent-pending] strong')).toHaveText('Tiocfaidh athruithe i bhfeidhm ar December 1, 2026.');
    const duration = dialog.locator('td bdi', { hasText: 'months' });
    await expect(duration).toHaveText('1 year, 6 months');
    await expect(duration).toHaveAttribute('lang', 'en');
  });
});
