import { expect, test } from '@playwright/test';
import { stored, type AssentWindow } from './ui-helpers.js';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

test('an older copy of the consent cookie on a narrower path never hides the visitor\'s latest choice', async ({ page, context }) => {
  await page.goto('/test/ui-banner.html');
  await page.locator('[data-assent-action="accept-all"]').click();
  const cookie = (await context.cookies()).find((c) => c.name === 'ui_consent')!;
  // The same acceptance, also kept on /test (an older release, another app on the site): the browser sends it first.
  await context.addCookies([{ ...cookie, path: '/test' }]);
  await page.reload();
  await expect(page.locator('[data-assent-banner]')).toHaveCount(0);

  await page.evaluate(() => (window as unknown as AssentWindow).Assent.rejectAll());
  await page.reload();
  await expect.poll(() => stored(page)).toMatchObject({ action: 'reject_all' });
  expect((await context.cookies()).filter((c) => c.name === 'ui_consent').map((c) => c.path)).toEqual(['/']);
});

test('two different consent cookies read as no choice: the visitor is asked again, and nothing optional runs', async ({ page, context }) => {
  await page.goto('/test/ui-banner.html');
  await page.locator('[data-assent-action="reject-all"]').click();
  const refusal = (await context.cookies()).find((c) => c.name === 'ui_consent')!;
  await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
  const acceptance = (await context.cookies()).find((c) => c.name === 'ui_consent')!;
  await context.addCookies([{ ...refusal, path: '/test' }, acceptance]);
  await page.reload();
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  expect(await stored(page)).toBeNull();
  expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.has('analytics'))).toBe(false);
});

test('under opt-out rules, copies that disagree still hold every refusal of sale they carry until the visitor answers again', async ({ page, context }) => {
  const PAGE = '/test/integrations-region-us-ca.html';
  await page.goto(PAGE);
  await page.locator('[data-assent-action="opt-out"]').click();
  await expect.poll(() => stored(page)).toMatchObject({ categories: { marketing: false } });
  const optOut = (await context.cookies()).find((c) => c.name === 'region_consent')!;
  // A second opt-out, different in another category, beside a copy of the first on a narrower path.
  await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ analytics: false }));
  await expect.poll(() => stored(page)).toMatchObject({ categories: { analytics: false, marketing: false } });
  await context.addCookies([{ ...optOut, path: '/test' }]);
  expect((await context.cookies()).filter((c) => c.name === 'region_consent')).toHaveLength(2);

  await page.reload();
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  expect(await stored(page)).toBeNull();
  expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.has('marketing'))).toBe(false);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? [])).not.toContain('marketing');
});
