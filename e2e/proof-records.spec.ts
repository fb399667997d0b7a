import { expect, test, type Page, type Request } from '@playwright/test';
import type { ProofRecord } from '../src/core/types.js';
import { textHash } from '../src/shared/text-hash.js';

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
