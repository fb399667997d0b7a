import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const PAGE = '/test/perf-first-visit.html';

interface Perf {
  shifts: { start: number; value: number }[];
}
type PerfWindow = Window & { __perf: Perf };

/**
 * Serves the first-visit page with the given banner layout, and its trailing script after `delay` ms, which
 * keeps the parser (and so DOMContentLoaded) waiting that long.
 */
async function open(page: Page, { layout = 'bar', delay = 0, language }: { layout?: string; delay?: number; language?: string } = {}) {
  await page.route('**/test/perf-slow.js', async (route) => {
    await new Promise((done) => setTimeout(done, delay));
    await route.fulfill({ contentType: 'text/javascript', body: 'window.__slowRan = true;' });
  });
  await page.route(`**${PAGE}`, async (route) => {
    const response = await route.fetch();
    const ui = { layout, ...(language && { language }) };
    const body = (await response.text()).replace('"categories"', `"ui": ${JSON.stringify(ui)}, "categories"`);
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  // Observers registered before any page script, so nothing the widget does escapes them.
  await page.addInitScript(() => {
    const perf: Perf = { shifts: [] };
    (window as unknown as PerfWindow).__perf = perf;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) perf.shifts.push({ start: e.startTime, value: e.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(PAGE);
}

test.describe('a first visit', () => {
  test('starts fetching the interface while the page is still being parsed', async ({ page }) => {
    await open(page, { delay: 1500 });
    const t = await page.evaluate(() => {
      const find = (end: string) =>
        performance.getEntriesByType('resource').find((e) => e.name.endsWith(end)) as PerformanceResourceTiming | undefined;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        uiStart: find('/dist/assent-ui.js')?.startTime ?? Infinity,
        uiEnd: find('/dist/assent-ui.js')?.responseEnd ?? Infinity,
        slowEnd: find('/test/perf-slow.js')?.responseEnd ?? 0,
        domContentLoaded: nav.domContentLoadedEventStart,
      };
    });
    // The held-back script makes DOMContentLoaded wait 1.5 s; a gate that waited for it would start after.
    expect(t.domContentLoaded).toBeGreaterThan(1400);
    expect(t.uiStart).toBeLessThan(t.domContentLoaded);
    expect(t.uiEnd).toBeLessThan(t.slowEnd);
  });

  for (const layout of ['bar', 'box', 'modal']) {
    test(`shows the ${layout} banner with no layout shift`, async ({ page }) => {
      await open(page, { layout });
      // Playwright's own locator machinery runs on the page's main thread and can itself cause a long task,
      // so the banner is awaited with a plain frame-by-frame check, and locators are used only afterwards.
      const shownAt = await page.evaluate(
        () =>
          new Promise<number | null>((resolve) => {
            const poll = (now: number) => {
              for (const host of Array.from(document.querySelectorAll('html > *, body > *'))) {
                const banner = host.shadowRoot?.querySelector('[data-assent-banner]');
                if (banner && banner.getBoundingClientRect().height > 0) return resolve(now);
              }
              if (now > 10_000) return resolve(null);
              requestAnimationFrame(poll);
            };
            requestAnimationFrame(poll);
          }),
      );
      expect(shownAt, 'the banner appears').not.toBeNull();
      // Late effects (fonts, a second render, an entrance animation) get time to show up.
      await page.waitForTimeout(1000);
      const perf = await page.evaluate(() => (window as unknown as PerfWindow).__perf);
      // Long tasks are a matter of timing, which a shared CI machine can't judge fairly: `npm run bench`
      // measures them (total blocking time). A layout shift is deterministic, so it is checked here.
      expect(perf.shifts, 'layout shifts').toEqual([]);
      await expect(page.locator('[data-assent-banner]')).toBeVisible();
    });
  }

  for (const language of [undefined, 'en']) {
    test(`loads only the gate, the engine and the single UI file to show the English banner${language ? `, the language named in the config` : ''}`, async ({ page, request }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await open(page, { language });
      await expect(page.locator('[data-assent-banner]')).toBeVisible();
      await page.waitForLoadState('networkidle');
      // The policy viewer, the Markdown lexer and other locales are dynamic imports: they wait until asked for.
      const eager = await staticImports(request, '/dist/assent-ui.js');
      // One file: a shared chunk behind it would be a second round trip before the banner.
      expect(eager).toEqual(['/dist/assent-ui.js']);
      expect(requests.filter((p) => p.startsWith('/dist/')).sort()).toEqual(
        ['/dist/assent.js', '/dist/assent-engine.js', ...eager].sort(),
      );
      // English's strings for the dialogs, the policy and embeds are a file of their own, which it leaves for later.
      const later = (await (await request.get('/dist/assent-ui.js')).text()).match(/chunks\/en-later-[\w-]+\.js/)?.[0];
      expect(later, 'the later English strings are a chunk of their own').toBeTruthy();
      expect(requests).not.toContain(`/dist/${later}`);
      await expect(page.locator('[data-assent-banner]')).not.toContainText('Choose which optional cookies');
    });
  }

  test('fetches the floating button only for a site that offers it, while the banner is up, so it is there when the visitor decides', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/test/ui-banner.html?floating=1');
    await expect(page.locator('[data-assent-banner]')).toBeVisible();
    await expect.poll(() => requests.some((p) => /^\/dist\/chunks\/FloatingButton-[\w-]+\.js$/.test(p))).toBe(true);
    expect(await page.locator('[data-assent-floating]').count()).toBe(0);
    await page.locator('[data-assent-action="reject-all"]').click();
    await expect(page.locator('[data-assent-floating]')).toBeVisible();
  });

  test('fetches the preferences dialog, the cookie tables it shares with the policy and its English strings in the same round trip', async ({ page }) => {
    await open(page);
    const asked = (pattern: RegExp) =>
      new Promise<void>((done) => page.on('request', (r) => void (pattern.test(new URL(r.url()).pathname) && done())));
    const others = Promise.all([asked(/^\/dist\/chunks\/dialog-parts-[\w-]+\.js$/), asked(/^\/dist\/chunks\/en-later-[\w-]+\.js$/)]);
    // The dialog's own chunk is held back until the tables' chunk and the strings are asked for, or 3 s have passed: a
    // loader that reached either only through the dialog's imports, or only once it had arrived, would ask for it
    // after this response, not during it.
    let askedDuring = false;
    await page.route(/\/dist\/chunks\/PreferencesDialog-[\w-]+\.js$/, async (route) => {
      askedDuring = await Promise.race([others.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 3000))]);
      await route.continue();
    });
    await page.locator('[data-assent-banner]').getByRole('button', { name: 'Customise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await expect(dialog).toBeVisible();
    expect(askedDuring).toBe(true);
    await expect(dialog).toContainText('Choose which optional cookies and similar storage we may use.');
    await expect(dialog.getByRole('button', { name: 'Save choices' })).toBeVisible();
  });
});

/** A module and every module it imports statically (not through `import()`), as paths. */
async function staticImports(request: APIRequestContext, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = await (await request.get(path)).text();
    // `import x from "./a.js"`, `import{a as b}from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`.
    for (const m of code.matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
      await visit(new URL(m[1]!, `http://x${path}`).pathname);
    }
  };
  await visit(entry);
  return [...seen];
}
