import { expect, test, type BrowserContext, type Page } from '@playwright/test';

type AssentWindow = Window & {
  Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent;
  __analyticsRan?: boolean;
};

const PAGE = '/test/perf-return-visit.html';

/** Every request the page makes from now on, as paths, in order. */
function record(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

/** Waits until the network has been quiet, so a chunk fetched late (idle preloading) would still be seen. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

/**
 * A first visit that decides through the API, on a page of its own: closed before the return visit starts, nothing
 * from its interface (still loading when the choice was made) can be mistaken for the next visit's requests.
 */
async function decideFirst(context: BrowserContext, method: 'acceptAll' | 'rejectAll') {
  const first = await context.newPage();
  await first.goto(PAGE);
  await first.evaluate((m) => (window as unknown as AssentWindow).Assent[m](), method);
  await first.close();
}

test.describe('a return visit with a valid stored choice', () => {
  for (const [choice, method] of [
    ['accepted', 'acceptAll'],
    ['rejected', 'rejectAll'],
  ] as const) {
    test(`loads the gate and nothing else from the widget (${choice})`, async ({ context }) => {
      await decideFirst(context, method);
      expect((await context.cookies()).map((c) => c.name)).toContain('assent');
      const page = await context.newPage();
      const requests = record(page);
      await page.goto(PAGE);
      await settle(page);

      // The stored choice is in force without the interface.
      expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get()?.action)).toBe(
        method === 'acceptAll' ? 'accept_all' : 'reject_all',
      );
      expect(await page.evaluate(() => (window as unknown as AssentWindow).__analyticsRan ?? false)).toBe(
        method === 'acceptAll',
      );
      expect(requests).not.toContain('/dist/assent-ui.js');
      expect(requests.filter((p) => p.startsWith('/dist/chunks/'))).toEqual([]);
      // Everything the page asked for: itself and the gate.
      expect(requests).toEqual([PAGE, '/dist/assent.js']);
    });
  }

  test('reads the consent cookie once: the first read of a page waits for the browser process', async ({ context }) => {
    await decideFirst(context, 'acceptAll');
    const page = await context.newPage();
    await page.addInitScript(() => {
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      const w = window as unknown as { __cookieReads: number };
      w.__cookieReads = 0;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          w.__cookieReads++;
          return cookie.get!.call(this);
        },
        set(v: string) {
          cookie.set!.call(this, v);
        },
      });
    });
    await page.goto(PAGE);
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { __cookieReads: number }).__cookieReads)).toBe(1);
  });

  test('fetches the interface only when the visitor asks to see the choices', async ({ context }) => {
    await decideFirst(context, 'rejectAll');
    const page = await context.newPage();
    await page.goto(PAGE);
    await settle(page);

    const requests = record(page);
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect.poll(() => requests).toContain('/dist/assent-ui.js');
  });
});

test.describe('a return visit to a site with a floating button', () => {
  test('draws the button, fetching the engine and the interface only after the page has loaded', async ({ context }) => {
    const url = '/test/ui-banner.html?floating=1';
    const first = await context.newPage();
    await first.goto(url);
    await first.locator('[data-assent-action="accept-all"]').click();
    await expect(first.locator('[data-assent-floating]')).toBeVisible();
    await first.close();

    const page = await context.newPage();
    await page.goto(url);
    const button = page.locator('[data-assent-floating]');
    await expect(button).toBeVisible();
    await expect(page.locator('[data-assent-banner]')).toHaveCount(0);
    const t = await page.evaluate(() => {
      const start = (end: string) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(end))?.startTime ?? -1;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { loaded: nav.loadEventStart, engine: start('/dist/assent-engine.js'), ui: start('/dist/assent-ui.js') };
    });
    expect(t.engine).toBeGreaterThanOrEqual(t.loaded);
    expect(t.ui).toBeGreaterThanOrEqual(t.loaded);
    await button.click();
    await expect(page.locator('[data-assent-preferences]')).toBeVisible();
  });
});
