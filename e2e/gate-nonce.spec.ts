import { expect, test } from '@playwright/test';
import { openUnderCsp, stored } from './ui-helpers.js';

const PAGE = '/test/gate-nonce.html';
// 'strict-dynamic' trusts every script a trusted script adds: without Assent's own check, an injected gated tag
// would run as soon as the visitor consents.
const CSP = "default-src 'self'; script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'self'";

test('under a nonce policy, Assent runs the gated tags that carry the nonce and never an injected one', async ({ page }) => {
  const { uncaught, errors, ran } = await openUnderCsp(page, PAGE, CSP);

  // Reported on the first view, before anyone consents, where a site owner testing the page will see it.
  await expect.poll(() => errors).toEqual([expect.stringContaining("Assent: this gated script lacks the page's nonce")]);
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

test('under a policy that allows scripts by nonce alone, the scripts Assent adds itself carry the nonce and run', async ({ page }) => {
  // No 'strict-dynamic': a script another script adds runs only with the nonce.
  const { uncaught } = await openUnderCsp(page, PAGE, "default-src 'self'; script-src 'nonce-n0nce'; style-src 'self'");
  await page.locator('[data-assent-action="accept-all"]').click();
  await expect.poll(() => stored(page)).toMatchObject({ categories: { analytics: true } });
  await page.evaluate(() =>
    (window as unknown as { Assent: { loadScript(src: string, category: string): Promise<unknown> } }).Assent.loadScript('/test/gate-trusted-types-service.js', 'analytics'),
  );
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toContain('service');
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(uncaught).toEqual([]);
});
