import { expect, test } from '@playwright/test';
import { stored } from './ui-helpers.js';

const PAGE = '/test/gate-nonce.html';
// 'strict-dynamic' trusts every script a trusted script adds: without Assent's own check, an injected gated tag
// would run as soon as the visitor consents.
const CSP = "default-src 'self'; script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'self'";

test('under a nonce policy, Assent runs the gated tags that carry the nonce and never an injected one', async ({ page }) => {
  const uncaught: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.route(`**${PAGE}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.goto(PAGE);
  const ran = () => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran.slice().sort());

  // Reported on the first view, before anyone consents, where a site owner testing the page will see it.
  await expect.poll(() => errors).toEqual([expect.stringContaining('Assent: this gated script lacks the nonce of assent.js')]);
  await page.locator('[data-assent-action="accept-all"]').click();
  await expect.poll(() => stored(page)).toMatchObject({ categories: { analytics: true } });
  await expect.poll(ran).toEqual(['inline', 'tag']);

  // A return visit, served by the gate alone, holds to the same rule.
  await page.reload();
  await expect.poll(ran).toEqual(['inline', 'tag']);
  await page.waitForLoadState('load');
  expect(await ran()).toEqual(['inline', 'tag']);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(uncaught).toEqual([]);
});
