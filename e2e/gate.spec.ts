import { expect, test, type Page, type Request } from '@playwright/test';
import { parseConsentCookie } from '../src/server.js';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent; __order: string[] };

function record(page: Page) {
  const requests: string[] = [];
  page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
  return requests;
}
const gated = (requests: string[]) =>
  requests.filter((p) => /gate-(first|clarity|sentry)\.js/.test(p));
const order = (page: Page) => page.evaluate(() => (window as unknown as AssentWindow).__order);

test.describe('the script-tag gate', () => {
  test('before any choice: no gated request and no _clck cookie', async ({ page, context }) => {
    const requests = record(page);
    await page.goto('/test/gate.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(gated(requests)).toEqual([]);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('_clck');
    expect(await order(page)).toEqual([]);
    // The visitor must be asked, so the interface is fetched from the directory assent.js came from.
    expect(requests).toContain('/dist/assent-ui.js');
  });

  test('accept runs the gated scripts in document order; a reload runs them again without the UI chunk', async ({ page, context }) => {
    await page.goto('/test/gate.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    await expect.poll(() => order(page)).toEqual(['first', 'inline', 'clarity', 'sentry']);
    expect((await context.cookies()).map((c) => c.name)).toContain('_clck');

    const requests = record(page);
    await page.reload();
    await expect.poll(() => order(page)).toEqual(['first', 'inline', 'clarity', 'sentry']);
    expect(requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/assent.js']);
  });

  test('reject: no gated request, and the !analytics fallback runs', async ({ page }) => {
    await page.goto('/test/gate.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.rejectAll());
    await expect.poll(() => order(page)).toEqual(['fallback']);
    const requests = record(page);
    await page.reload();
    await expect.poll(() => order(page)).toEqual(['fallback']);
    expect(gated(requests)).toEqual([]);
  });

  test('accept, then withdraw: _clck and the localStorage key are gone', async ({ page, context }) => {
    await page.goto('/test/gate.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    await expect.poll(() => order(page)).toContain('sentry');
    expect(await page.evaluate(() => localStorage.getItem('sentryReplaySession'))).not.toBeNull();
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.withdraw());
    const names = (await context.cookies()).map((c) => c.name);
    expect(names).not.toContain('_clck');
    expect(names).not.toContain('_clsk');
    expect(names).not.toContain('orch_consent');
    expect(await page.evaluate(() => localStorage.getItem('sentryReplaySession'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
  });

  test('the cookie has the configured name, a one-year lifetime, SameSite=Lax and Path=/', async ({ page, context }) => {
    await page.goto('/test/gate.html');
    const before = Date.now() / 1000;
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.rejectAll());
    const cookie = (await context.cookies()).find((c) => c.name === 'orch_consent')!;
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    expect(cookie.secure).toBe(false);
    expect(cookie.domain).toBe('localhost');
    expect(cookie.expires - before).toBeGreaterThan(364 * 86400);
    expect(cookie.expires - before).toBeLessThan(366 * 86400);
  });

  test('a value written in the browser reads the same in Node', async ({ page, context }) => {
    await page.goto('/test/gate.html');
    const inBrowser = await page.evaluate(async () => {
      const a = (window as unknown as AssentWindow).Assent;
      await a.set({ analytics: true, errors: false });
      return a.get();
    });
    const value = (await context.cookies()).find((c) => c.name === 'orch_consent')!.value;
    const inNode = parseConsentCookie(value);
    expect(inNode).toEqual(inBrowser);
    expect(inNode!.categories).toEqual({ necessary: true, analytics: true, errors: false });
    expect(inNode!.source).toBe('api');
  });

  test('a tampered cookie is treated as no choice', async ({ page, context }) => {
    await page.goto('/test/gate.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.rejectAll());
    const cookie = (await context.cookies()).find((c) => c.name === 'orch_consent')!;
    await context.addCookies([{ ...cookie, value: cookie.value.replace('analytics:0', 'analytics:1') }]);
    const requests = record(page);
    await page.reload();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
    expect(gated(requests)).toEqual([]);
  });

  test('with a stored grant, an external gated tag starts while the page is still being parsed', async ({ page }) => {
    await page.goto('/test/gate-early.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    await page.reload();
    await page.waitForFunction(() => 'Assent' in window && (window as unknown as { __hostRan?: boolean }).__hostRan);
    expect(await page.evaluate(() => (window as unknown as { __startedWhile?: string }).__startedWhile)).toBe('loading');
  });

  test('a script tag added after load is gated and runs only after a grant', async ({ page }) => {
    const requests = record(page);
    await page.goto('/test/gate-late.html');
    await page.waitForFunction(() => (window as unknown as { __lateAdded?: boolean }).__lateAdded);
    await page.waitForTimeout(200);
    expect(gated(requests)).toEqual([]);
    expect(await order(page)).toEqual([]);
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    await expect.poll(() => order(page)).toEqual(['first']);
  });

  for (const [what, attrs] of [
    ['a nomodule fallback', 'nomodule'],
    ['a script of a type the browser does not run', 'data-type="text/babel"'],
  ] as const) {
    test(`${what} among the gated tags holds back none of the tags after it`, async ({ page }) => {
      await page.goto('/test/gate-late.html');
      await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
      await expect.poll(() => order(page)).toEqual(['first']);
      // As a tag manager adds them: one that will never load or fail, then an inline tag and an external one.
      await page.evaluate((extra) => {
        document.body.insertAdjacentHTML(
          'beforeend',
          `<script type="text/plain" data-assent="analytics" ${extra} src="/test/gate-sentry.js"></script>` +
            '<script type="text/plain" data-assent="analytics">window.__order.push("after")</script>' +
            '<script type="text/plain" data-assent="analytics" src="/test/gate-clarity.js"></script>',
        );
      }, attrs);
      await expect.poll(() => order(page)).toEqual(['first', 'after', 'clarity']);
    });
  }

  test('an invalid config logs one exact error, keeps the page working and loads nothing gated', async ({ page }) => {
    const errors: string[] = [];
    const pageErrors: Error[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => pageErrors.push(e));
    const requests = record(page);
    await page.goto('/test/gate-bad.html');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __hostRan?: boolean }).__hostRan)).toBe(true);
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.acceptAll());
    await page.waitForTimeout(200);
    expect(errors[0]).toBe('Assent: invalid config at "cookie.days": expected a whole number of days from 1 to 395, got 1000');
    expect(gated(requests)).toEqual([]);
    // The engine validates; the interface may have been fetched alongside it, but nothing is shown.
    expect(requests.filter((p) => p.startsWith('/dist/'))).toContain('/dist/assent-engine.js');
    await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});
