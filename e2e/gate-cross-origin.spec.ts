import { expect, test, type Page } from '@playwright/test';

/*
 * A site may serve Assent from a CDN or a static host on another origin. The gate is a classic script, but it fetches
 * its engine and interface with import(), which is a CORS request: the other origin must allow it. The demo server
 * plays both hosts: /cdn/ sends `Access-Control-Allow-Origin: *`, /dist/ does not, and 127.0.0.1 is another origin
 * than the page's localhost. The page is served, not routed: Chromium lets only a page it fetched from a loopback
 * address reach another one.
 */

/** Opens a page on localhost whose gate comes from `dir` on 127.0.0.1, and collects what goes wrong. */
async function open(tab: Page, baseURL: string, dir: 'cdn' | 'dist') {
  const other = new URL(baseURL);
  other.hostname = '127.0.0.1';
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  const requests: string[] = [];
  tab.on('requestfinished', (r) => requests.push(r.url()));
  await tab.goto(`/test/gate-cross-origin.html?${dir}`);
  return { errors, consoleErrors, requests, other: other.origin };
}

const ran = (tab: Page) => tab.evaluate(() => (window as Window & { __analyticsRan?: boolean }).__analyticsRan ?? false);

test('a gate served with CORS from another origin asks, records and releases as on its own origin', async ({ page: tab, baseURL, context }) => {
  const { errors, requests, other } = await open(tab, baseURL!, 'cdn');
  await tab.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ran(tab)).toBe(true);
  // The engine and the interface came from the gate's own directory on the other origin.
  expect(requests).toContain(`${other}/cdn/assent-engine.js`);
  expect(requests).toContain(`${other}/cdn/assent-ui.js`);
  // The consent cookie belongs to the page's site, not to the host of the files.
  expect((await context.cookies(baseURL)).map((c) => c.name)).toContain('assent');

  await tab.getByRole('link', { name: 'Cookie settings' }).click();
  // Its chunk comes from the other origin too, and it shows the stored choice.
  const dialog = tab.getByRole('dialog', { name: 'Privacy preferences' });
  await expect(dialog.getByRole('checkbox', { name: 'Analytics' })).toBeChecked();
  expect(requests.some((r) => r.startsWith(`${other}/cdn/chunks/PreferencesDialog-`))).toBe(true);
  expect(errors).toEqual([]);
});

test('without CORS the page gets no banner, nothing gated runs, and the console says what to fix', async ({ page: tab, baseURL }) => {
  const { errors, consoleErrors } = await open(tab, baseURL!, 'dist');
  await expect.poll(() => consoleErrors.some((e) => e.includes('assent-engine.js'))).toBe(true);
  const message = consoleErrors.find((e) => e.startsWith('Assent:'));
  expect(message).toMatch(/CORS/);
  await tab.waitForTimeout(500);
  await expect(tab.getByRole('button', { name: 'Accept all' })).toHaveCount(0);
  expect(await ran(tab)).toBe(false);
  // The failure is reported, never thrown into the page.
  expect(errors).toEqual([]);
});
