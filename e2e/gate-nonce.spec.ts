import { expect, test } from '@playwright/test';
import { openUnderCsp, stored } from './ui-helpers.js';

const PAGE = '/test/gate-nonce.html';
// 'strict-dynamic' trusts every script a trusted script adds: without Assent's own check, an injected gated tag
// would run as soon as the visitor consents.
const CSP = "default-src 'self'; script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'self'";

test('under a nonce policy, Assent runs the gated tags that carry the nonce and never an injected one', async ({ page }) => {
  const { uncaught, errors, ran } = await openUnderCsp(page, PAGE, CSP);

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
