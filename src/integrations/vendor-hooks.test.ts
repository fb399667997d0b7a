import { describe, expect, it } from 'vitest';
import type { AssentConfig, ServiceConfig } from '../core/types.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { fakeContext } from './fake-context.js';
import { vendorHooks } from './vendor-hooks.js';

type Page = Record<string, unknown>;
type Queue = ((...a: unknown[]) => void) & { q?: IArguments[] };

const config = (analytics: ServiceConfig[], errors: ServiceConfig[] = []): AssentConfig => ({
  categories: [{ id: 'analytics', services: analytics }, { id: 'errors', services: errors }],
});
const clarity: ServiceConfig = { id: 'clarity', preset: 'clarity', options: { projectId: 'abc' } };

/** Starts the hooks as a page view does, and lets the start-up work they put off run. */
async function start(cfg: AssentConfig, page: Page = {}, storage = memoryStorage()) {
  const t = fakeContext(cfg, { window: page as unknown as Window & typeof globalThis }, storage);
  const handle = vendorHooks(t.ctx);
  await Promise.resolve();
  return { ...t, page, handle };
}

const consentCalls = (page: Page) => ((page.clarity as Queue).q ?? []).map((a) => Array.from(a));

describe('vendor hooks', () => {
  it("queues Clarity's consentv2 on the standard stub before Clarity has loaded", async () => {
    const { page, store } = await start(config([clarity]));
    expect(typeof page.clarity).toBe('function');
    store.decide('accept_all', 'api', { analytics: true });
    store.decide('reject_all', 'api', {});
    const calls = consentCalls(page);
    expect(calls).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      // Analytics consent is not advertising consent: without a marketing category, ad storage stays denied.
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ]);
    expect(Object.prototype.toString.call((page.clarity as Queue).q![0])).toBe('[object Arguments]');
  });

  it('tells a vendor once about a decision made by the code that started Assent, in the same task', async () => {
    const calls: unknown[][] = [];
    const page: Page = { clarity: (...a: unknown[]) => void calls.push(a) };
    const t = fakeContext(config([clarity]), { window: page as unknown as Window & typeof globalThis });
    vendorHooks(t.ctx);
    t.store.decide('accept_all', 'api', { analytics: true });
    await Promise.resolve();
    expect(calls).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
  });

  it('calls a Clarity that has already loaded, once per decision', async () => {
    const calls: unknown[][] = [];
    const loaded = (...a: unknown[]) => void calls.push(a);
    const { page, store } = await start(config([clarity]), { clarity: loaded });
    store.decide('custom', 'api', { analytics: true });
    store.decide('custom', 'api', { analytics: true });
    expect(page.clarity).toBe(loaded);
    expect(calls.map((c) => (c[1] as Record<string, string>).analytics_Storage)).toEqual(['denied', 'granted', 'granted']);
  });

  it('starts a host-bundled SDK through its init callback only once granted, and closes it on revoke', async () => {
    const log: string[] = [];
    const page: Page = {
      initSentry: () => void log.push('init'),
      Sentry: {
        close() {
          log.push(this === page.Sentry ? 'close' : 'close without this');
        },
      },
    };
    const sentry: ServiceConfig = { id: 'sentry', preset: 'sentry', options: { init: 'initSentry' } };
    const { store } = await start(config([], [sentry]), page);
    expect(log).toEqual([]);
    store.decide('accept_all', 'api', { analytics: true, errors: true });
    store.decide('custom', 'api', { analytics: false, errors: true });
    expect(log).toEqual(['init']);
    store.decide('reject_all', 'api', {});
    expect(log).toEqual(['init', 'close']);
    store.decide('accept_all', 'api', { errors: true });
    expect(log).toEqual(['init', 'close', 'init']);
  });

  it('starts the SDK at once on a page view that begins with the grant stored', async () => {
    const storage = memoryStorage();
    const sentry: ServiceConfig = { id: 'sentry', preset: 'sentry', options: { init: 'initSentry' } };
    (await start(config([], [sentry]), {}, storage)).store.decide('accept_all', 'api', { errors: true });
    let started = 0;
    await start(config([], [sentry]), { initSentry: () => started++ }, storage);
    expect(started).toBe(1);
  });

  it("starts an SDK whose init the page defines after assent.js, at the next change to the page, once, without telling the vendors again", async () => {
    const storage = memoryStorage();
    const sentry: ServiceConfig = { id: 'sentry', preset: 'sentry', options: { init: 'initSentry' } };
    (await start(config([clarity], [sentry]), {}, storage)).store.decide('accept_all', 'api', { analytics: true, errors: true });
    // A return visit: the grant is stored, but the app's bundle, which defines initSentry, hasn't run yet.
    const page: Page = { MutationObserver };
    const t = fakeContext(config([clarity], [sentry]), { window: page as unknown as Window & typeof globalThis, document }, storage);
    const { logs } = t;
    vendorHooks(t.ctx);
    await Promise.resolve();
    const told = consentCalls(page).length;
    let started = 0;
    page.initSentry = () => started++;
    expect(started).toBe(0);
    // The bundle renders: the gate sees the page change.
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toBe(1);
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toBe(1);
    expect(consentCalls(page)).toHaveLength(told);
    expect(logs.error).toEqual([]);
  });

  it('wires a vendor a site describes in config, filling {consent} at any depth', async () => {
    const calls: unknown[][] = [];
    const page: Page = { acme: { consent: (...a: unknown[]) => calls.push(a) } };
    const vendor = { id: 'acme', options: { consent: ['acme.consent', { storage: { all: '{consent}' } }, '{consent}'] } };
    const { store } = await start(config([vendor]), page);
    store.decide('accept_all', 'api', { analytics: true });
    expect(calls).toEqual([
      [{ storage: { all: 'denied' } }, 'denied'],
      [{ storage: { all: 'granted' } }, 'granted'],
    ]);
  });

  it("lets a site tie one of Clarity's signals to another category", async () => {
    const custom = {
      ...clarity,
      options: { projectId: 'abc', consent: ['clarity', 'consentv2', { ad_Storage: '{consent:marketing}', analytics_Storage: '{consent}' }] },
    };
    const { page, store } = await start({ categories: [{ id: 'analytics', services: [custom] }, { id: 'marketing' }] });
    store.decide('custom', 'api', { analytics: true });
    store.decide('custom', 'api', { analytics: true, marketing: true });
    expect(consentCalls(page).slice(1)).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
    ]);
  });

  it('defines no stub for a vendor that did not ask for one, and skips it while it is missing', async () => {
    const page: Page = {};
    const { store } = await start(config([{ id: 'acme', options: { consent: ['acme', '{consent}'] } }]), page);
    store.decide('accept_all', 'api', { analytics: true });
    expect(page).toEqual({});
  });

  it('reports a vendor that throws and still tells the others', async () => {
    const calls: unknown[] = [];
    const page: Page = {
      broken: () => {
        throw new Error('vendor bug');
      },
      fine: (v: unknown) => calls.push(v),
    };
    const { store, logs } = await start(
      config([
        { id: 'broken', options: { consent: ['broken'] } },
        { id: 'fine', options: { consent: ['fine', '{consent}'] } },
      ]),
      page,
    );
    store.decide('accept_all', 'api', { analytics: true });
    expect(calls).toEqual(['denied', 'granted']);
    expect(logs.error).toHaveLength(2);
  });

  it('costs nothing when no service has hooks', async () => {
    const page: Page = {};
    const { handle } = await start(config([{ id: 'plain', src: '/x.js' }]), page);
    expect(handle).toBeUndefined();
    expect(page).toEqual({});
  });
});
