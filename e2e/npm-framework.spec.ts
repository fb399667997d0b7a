import { expect, test } from '@playwright/test';

/*
 * The npm build inside a framework's life cycle, in a real browser: markup the framework owns and removes by
 * reference, and React's StrictMode, which creates, destroys and creates an instance again in one go.
 */
type Page = Window & {
  __esm: typeof import('../src/index.js');
  __ran?: string[];
  __seen?: string[];
  __inits?: number;
  initErrors?: () => void;
  dataLayer?: unknown[];
};

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

const config = {
  cookie: { name: 'spa_consent' },
  categories: [
    { id: 'necessary', required: true },
    { id: 'analytics' },
    { id: 'errors', services: [{ id: 'sentry', src: '/test/integrations-marker.js?service', options: { init: 'initErrors' } }] },
  ],
  googleConsentMode: { map: { analytics_storage: ['analytics'] } },
};

test('a gated tag the framework rendered can still be removed by it after Assent released it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/test/esm.html');
  await page.waitForFunction(() => (window as unknown as Page).__esm);
  const result = await page.evaluate(async (cfg) => {
    const w = window as unknown as Page;
    // What a component renders: a gated tag straight inside a parent that stays.
    const main = document.createElement('main');
    document.body.append(main);
    const tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.setAttribute('data-assent', 'analytics');
    tag.src = '/test/integrations-marker.js?route';
    main.append(tag);
    const assent = w.__esm.createAssent(cfg);
    await assent.acceptAll();
    await new Promise((done) => setTimeout(done, 300));
    // The route changes: the framework removes the node it made, by reference.
    let threw = '';
    try {
      main.removeChild(tag);
    } catch (e) {
      threw = String(e);
    }
    assent.destroy();
    return { threw, ran: w.__ran ?? [] };
  }, { ...config, categories: config.categories.slice(0, 2) });
  expect(result.threw).toBe('');
  expect(result.ran).toEqual(['route']);
  expect(errors).toEqual([]);
});

test("under StrictMode's double mount on a return visit, each script and vendor call happens once, and the Consent Mode update comes before the released tags", async ({ page }) => {
  await page.goto('/test/esm.html');
  await page.waitForFunction(() => (window as unknown as Page).__esm);
  await page.evaluate(async (cfg) => {
    const assent = (window as unknown as Page).__esm.createAssent(cfg);
    await assent.acceptAll();
    assent.destroy();
  }, config);

  await page.reload();
  await page.waitForFunction(() => (window as unknown as Page).__esm);
  const result = await page.evaluate(async (cfg) => {
    const w = window as unknown as Page;
    w.__inits = 0;
    w.initErrors = () => void w.__inits!++;
    // A gated inline tag the app rendered, which notes what Consent Mode had been told when it ran.
    const tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.setAttribute('data-assent', 'analytics');
    tag.text = "window.__seen = dataLayer.filter((e) => e[0] === 'consent').map((e) => e[1]);";
    document.body.append(tag);
    // What StrictMode does with an effect that creates the instance and a cleanup that destroys it.
    w.__esm.createAssent(cfg).destroy();
    const kept = w.__esm.createAssent(cfg);
    await new Promise((done) => setTimeout(done, 500));
    const consent = (w.dataLayer ?? []).filter((e) => (e as IArguments)[0] === 'consent').map((e) => String((e as IArguments)[1]));
    const result = { inits: w.__inits, ran: w.__ran ?? [], seen: w.__seen, consent, services: document.querySelectorAll('script[data-assent-service]').length };
    kept.destroy();
    return result;
  }, config);
  expect(result.ran).toEqual(['service']);
  expect(result.services).toBe(1);
  expect(result.inits).toBe(1);
  expect(result.consent).toEqual(['default', 'default', 'update']);
  expect(result.seen).toEqual(['default', 'default', 'update']);
});
