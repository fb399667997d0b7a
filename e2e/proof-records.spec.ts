import { expect, test, type Page, type Request } from '@playwright/test';
import type { ProofRecord } from '../src/core/types.js';
import { textHash } from '../src/shared/text-hash.js';
import type { AssentWindow } from './ui-helpers.js';

/** Every proof record the page sends to the site's log, with how it went (a beacon is a "ping"). */
async function collect(page: Page) {
  const sent: { record: ProofRecord; type: string }[] = [];
  await page.route((url) => url.pathname === '/records', (route, request: Request) => {
    sent.push({ record: JSON.parse(request.postData() ?? 'null') as ProofRecord, type: request.resourceType() });
    return route.fulfill({ status: 204 });
  });
  return sent;
}

test('a decision on the banner sends one proof record holding the wording the visitor read, which its hash covers', async ({ page }) => {
  const sent = await collect(page);
  await page.goto('/test/ui-banner.html?recordUrl=/records&lang=fr');
  const banner = page.locator('[data-assent-banner]');
  // What the visitor reads before deciding: the title, the text and the buttons, in French.
  const title = await banner.getByRole('heading').textContent();
  const whole = await banner.textContent();
  const buttons = await banner.locator('[data-assent-action]').allTextContents();
  await banner.getByRole('button', { name: 'Tout refuser' }).click();
  await expect.poll(() => sent.length).toBe(1);
  const { record, type } = sent[0]!;
  expect(type).toBe('ping');
  expect(record).toMatchObject({ action: 'reject_all', source: 'banner', language: 'fr' });
  expect(record.texts![0]).toBe(title);
  expect(record.texts![1]!.length).toBeGreaterThan(40);
  expect(whole).toContain(record.texts![1]!.slice(0, 40));
  expect(record.texts!.slice(2)).toEqual(buttons);
  expect(record.textHash).toBe(textHash(record.texts!));
});

test('when the browser refuses the beacon, the same record still reaches the log as an ordinary request', async ({ page }) => {
  await page.addInitScript(() => {
    // As when other tags have spent the page's keep-alive allowance.
    Navigator.prototype.sendBeacon = () => false;
  });
  const sent = await collect(page);
  await page.goto('/test/ui-banner.html?recordUrl=/records');
  await page.locator('[data-assent-banner]').getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => sent.length).toBe(1);
  expect(sent[0]!.type).toBe('fetch');
  expect(sent[0]!.record).toMatchObject({ action: 'accept_all', source: 'banner', language: 'en', texts: expect.arrayContaining(['Accept all']) });
});

/** What the page logs as errors, Assent's own apart, and what reaches it as an uncaught error. */
function watchConsole(page: Page) {
  const seen = { assent: [] as string[], browser: [] as string[], uncaught: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error') (m.text().startsWith('Assent') ? seen.assent : seen.browser).push(m.text());
    else if (m.text().includes('report-only')) seen.browser.push(m.text());
  });
  page.on('pageerror', (e) => seen.uncaught.push(e.message));
  return seen;
}

/** The page's Content-Security-Policy violations, as the test page's listener saw them. */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

// The strict page's policy is default-src 'self', so connect-src allows only its own origin.
const STRICT = '/test/proof-records.csp.html';
const ELSEWHERE = 'https://log.example.com/consent';

test.describe('under a Content-Security-Policy', () => {
  test.beforeEach(async ({ context }) => {
    await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  });

  test('that leaves recordUrl out of connect-src, Assent says so once, naming the setting and what to allow', async ({ page }) => {
    const seen = watchConsole(page);
    await page.goto(`${STRICT}?recordUrl=${ELSEWHERE}`);
    await page.locator('[data-assent-banner]').getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => violations(page)).toEqual([`connect-src ${ELSEWHERE} `]);
    // The browser's own message names neither Assent nor recordUrl.
    await expect.poll(() => seen.browser).toEqual([expect.stringContaining(ELSEWHERE)]);
    expect(seen.browser[0]).not.toMatch(/Assent|recordUrl/);
    await expect.poll(() => seen.assent).toEqual([
      `Assent: the Content-Security-Policy blocks recordUrl ${ELSEWHERE}; allow it in connect-src, or proof records are lost.`,
    ]);

    // The next decision's record is blocked too, and not reported again.
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.rejectAll());
    await expect.poll(async () => (await violations(page)).length).toBe(2);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get()?.action)).toBe('reject_all');
    expect(seen.assent).toHaveLength(1);
    expect(seen.uncaught).toEqual([]);
  });

  test('that allows recordUrl, the record reaches the log and Assent says nothing', async ({ page }) => {
    const seen = watchConsole(page);
    const sent = await collect(page);
    await page.goto(`${STRICT}?recordUrl=/records`);
    await page.locator('[data-assent-banner]').getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]!.type).toBe('ping');
    expect(await violations(page)).toEqual([]);
    expect(seen).toEqual({ assent: [], browser: [], uncaught: [] });
  });

  test('that is report-only, the record goes through, so Assent says nothing even though the policy reports it', async ({ page }) => {
    const seen = watchConsole(page);
    await page.route((url) => url.pathname === '/test/ui-banner.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy-report-only': "connect-src 'self'" } });
    });
    const sent: string[] = [];
    await page.route('https://log.example.com/records', (route, request) => {
      sent.push(request.resourceType());
      return route.fulfill({ status: 204 });
    });
    await page.goto('/test/ui-banner.html?recordUrl=https://log.example.com/records');
    await page.locator('[data-assent-banner]').getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => sent).toEqual(['ping']);
    await expect.poll(() => seen.browser).toContainEqual(expect.stringContaining('report-only'));
    expect(seen.assent).toEqual([]);
    expect(seen.uncaught).toEqual([]);
  });
});
