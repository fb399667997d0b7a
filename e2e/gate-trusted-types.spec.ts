import { expect, test, type Page } from '@playwright/test';
import { openUnderCsp, stored } from './ui-helpers.js';

const PAGE = '/test/gate-trusted-types.html';
const BASE = "default-src 'self'; script-src 'self' 'nonce-tt-test'; style-src 'self'; require-trusted-types-for 'script'";

type TestWindow = Window & { __ran: string[]; __violations: string[] };

const open = (page: Page, csp: string) => openUnderCsp(page, PAGE, csp);

test.describe('a page that enforces Trusted Types', () => {
  test('runs the held-back tags, the inline script and the service once allowed, with no violation', async ({ page }) => {
    const { uncaught, errors, ran } = await open(page, `${BASE}; trusted-types assent`);
    await page.locator('[data-assent-action="accept-all"]').click();
    await expect.poll(ran).toEqual(['inline', 'service', 'tag']);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__violations)).toEqual([]);
    expect(uncaught).toEqual([]);
    expect(errors).toEqual([]);

    // A return visit starts them from the gate alone.
    await page.reload();
    await expect.poll(ran).toEqual(['inline', 'service', 'tag']);
  });

  test("that doesn't allow Assent's policy still gets a working banner, and errors on the console, never in the page", async ({ page }) => {
    const { uncaught, errors, ran } = await open(page, `${BASE}; trusted-types other`);
    await page.locator('[data-assent-action="accept-all"]').click();
    await expect.poll(() => stored(page)).toMatchObject({ categories: { analytics: true } });
    await expect.poll(() => errors.filter((e) => e.startsWith('Assent: could not start a script')).length).toBe(2);
    // The browser refuses what the page's policy doesn't allow; nothing escapes as an uncaught error.
    expect(await ran()).toEqual([]);
    expect(uncaught).toEqual([]);
  });
});
