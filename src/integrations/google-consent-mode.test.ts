import { describe, expect, it } from 'vitest';
import { createConsentState } from '../core/consent-state.js';
import type { AssentConfig } from '../core/types.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { fakeContext } from './fake-context.js';
import { googleConsentMode } from './google-consent-mode.js';

type Page = { dataLayer?: unknown[]; gtag?: unknown };

const config = (extra: Partial<AssentConfig> = {}): AssentConfig => ({
  categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'marketing', saleOrShare: true }],
  googleConsentMode: { waitForUpdate: 500 },
  ...extra,
});

const isArguments = (e: unknown) => Object.prototype.toString.call(e) === '[object Arguments]';
const consentEntries = (page: Page) =>
  (page.dataLayer ?? []).filter((e) => (e as IArguments)[0] === 'consent').map((e) => Array.from(e as IArguments));
const events = (page: Page) => (page.dataLayer ?? []).filter((e) => (e as { event?: string }).event === 'assent_consent');

/** Starts Consent Mode as a page view does, and lets the update it puts off go out. */
async function start(cfg: AssentConfig, page: Page = {}, storage = memoryStorage()) {
  const t = fakeContext(cfg, { window: page as unknown as Window & typeof globalThis }, storage);
  const handle = googleConsentMode(t.ctx);
  await Promise.resolve();
  return { ...t, page, handle };
}

const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };

describe('Google Consent Mode', () => {
  it('pushes an all-denied default at once, as an arguments object, creating dataLayer', async () => {
    const page: Page = {};
    googleConsentMode(fakeContext(config({ googleConsentMode: { waitForUpdate: 500, region: ['GB', 'FR'] } }), { window: page as unknown as Window & typeof globalThis }).ctx);
    // Before any other code runs: the default can't wait, as the tags after assent.js may run next.
    expect(page.dataLayer).toHaveLength(1);
    await Promise.resolve();
    expect(page.dataLayer).toHaveLength(1);
    expect(isArguments(page.dataLayer![0])).toBe(true);
    expect(consentEntries(page)).toEqual([['consent', 'default', { ...denied, wait_for_update: 500, region: ['GB', 'FR'] }]]);
  });

  it('sends the default at once from a held state, then one update when its release grants something', async () => {
    const page: Page = {};
    const t = fakeContext(config({ mode: 'opt-out' }), { window: page as unknown as Window & typeof globalThis });
    const state = createConsentState(t.model, null, t.env.console, true);
    googleConsentMode({ ...t.ctx, store: state, has: state.has });
    expect(consentEntries(page).map((e) => e[1])).toEqual(['default']);
    state.commit(null, () => ({ consent: null, granted: [], revoked: [] }));
    expect(consentEntries(page).map((e) => [e[1], (e[2] as Record<string, string>).analytics_storage])).toEqual([
      ['default', 'denied'],
      ['update', 'granted'],
    ]);
    expect(events(page)).toHaveLength(1);
  });

  it('sends one update, not two, for a decision made by the code that started it', async () => {
    const page: Page = {};
    const t = fakeContext(config({ mode: 'opt-out' }), { window: page as unknown as Window & typeof globalThis });
    googleConsentMode(t.ctx);
    t.store.decide('accept_all', 'api', { analytics: true, marketing: true });
    await Promise.resolve();
    expect(consentEntries(page).map((e) => e[1])).toEqual(['default', 'update']);
    expect(events(page)).toHaveLength(1);
  });

  it('sends nothing more when a held state is released with nothing to grant', async () => {
    const page: Page = {};
    const t = fakeContext(config(), { window: page as unknown as Window & typeof globalThis });
    const state = createConsentState(t.model, null, t.env.console, true);
    googleConsentMode({ ...t.ctx, store: state, has: state.has });
    state.commit(null, () => ({ consent: null, granted: [], revoked: [] }));
    expect(consentEntries(page).map((e) => e[1])).toEqual(['default']);
    expect(events(page)).toEqual([]);
  });

  it('sends no update and no event to a first-time visitor under opt-in', async () => {
    const { page } = await start(config());
    expect(consentEntries(page).map((e) => e[1])).toEqual(['default']);
    expect(events(page)).toEqual([]);
  });

  it('follows each decision with exactly one update and one assent_consent event', async () => {
    const { page, store } = await start(config());
    store.decide('custom', 'api', { analytics: true });
    expect(consentEntries(page).slice(1)).toEqual([
      ['consent', 'update', { ...denied, analytics_storage: 'granted' }],
    ]);
    expect(events(page)).toEqual([
      { event: 'assent_consent', assent: { necessary: true, analytics: true, marketing: false } },
    ]);
    store.decide('accept_all', 'api', { analytics: true, marketing: true });
    store.withdraw('api');
    const updates = consentEntries(page).filter((e) => e[1] === 'update');
    expect(updates.map((e) => e[2])).toEqual([
      { ...denied, analytics_storage: 'granted' },
      { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
      denied,
    ]);
    expect(page.dataLayer!.filter(isArguments)).toHaveLength(4);
    expect(events(page)).toHaveLength(3);
  });

  it('sends one update and one event on a later page view that starts with a stored choice', async () => {
    const storage = memoryStorage();
    (await start(config(), {}, storage)).store.decide('accept_all', 'api', { analytics: true, marketing: true });
    const { page } = await start(config(), {}, storage);
    expect(consentEntries(page).map((e) => e[1])).toEqual(['default', 'update']);
    expect(consentEntries(page)[1]![2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted' });
    expect(events(page)).toHaveLength(1);
    expect(page.dataLayer!.indexOf(events(page)[0])).toBe(2);
  });

  it('grants a signal only when every category mapped to it is granted', async () => {
    const { page, store } = await start(config({ googleConsentMode: { map: { analytics_storage: ['analytics', 'marketing'] } } }));
    store.decide('custom', 'api', { analytics: true });
    expect(consentEntries(page)[1]![2]).toMatchObject({ analytics_storage: 'denied' });
    store.decide('custom', 'api', { analytics: true, marketing: true });
    expect(consentEntries(page)[2]![2]).toMatchObject({ analytics_storage: 'granted' });
  });

  it('keeps the four v2 signals denied when the map leaves them out, and adds the signals it names', async () => {
    const { page, store } = await start(config({ googleConsentMode: { map: { functionality_storage: ['analytics'] } } }));
    expect(consentEntries(page)[0]![2]).toEqual({ ...denied, functionality_storage: 'denied' });
    store.decide('accept_all', 'api', { analytics: true, marketing: true });
    expect(consentEntries(page)[1]![2]).toEqual({ ...denied, functionality_storage: 'granted' });
  });

  it('leaves the ad signals denied when the site has no marketing category', async () => {
    const { page, store } = await start({ categories: [{ id: 'analytics' }], googleConsentMode: {} });
    store.decide('accept_all', 'api', { analytics: true });
    expect(consentEntries(page)[1]![2]).toEqual({ ...denied, analytics_storage: 'granted' });
  });

  it('tells Google about the granted defaults of opt-out mode at once', async () => {
    const { page } = await start(config({ mode: 'opt-out' }));
    expect(consentEntries(page).map((e) => [e[1], (e[2] as Record<string, string>).ad_storage])).toEqual([
      ['default', 'denied'],
      ['update', 'granted'],
    ]);
  });

  it("calls the page's own gtag and never replaces it", async () => {
    const calls: unknown[][] = [];
    const gtag = (...args: unknown[]) => void calls.push(args);
    const page: Page = { gtag };
    const { store } = await start(config(), page);
    store.decide('reject_all', 'api', {});
    expect(page.gtag).toBe(gtag);
    expect(calls.map((c) => c.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
  });

  it('puts the default before tags that were queued above Assent', async () => {
    // What Google's snippet pushes when it runs above Assent.
    const queued = function (..._args: unknown[]): IArguments {
      // eslint-disable-next-line prefer-rest-params
      return arguments;
    };
    const page: Page = { dataLayer: [queued('js', 0), queued('config', 'G-1'), { event: 'gtm.js' }] };
    await start(config(), page);
    expect(page.dataLayer!.map((e) => (e as IArguments)[0] ?? (e as { event: string }).event)).toEqual([
      'js',
      'consent',
      'config',
      'gtm.js',
    ]);
    expect(isArguments(page.dataLayer![1])).toBe(true);
  });

  it('puts the update for a stored choice right after the default, before tags that were queued above Assent; later ones go last', async () => {
    const queued = function (..._args: unknown[]): IArguments {
      // eslint-disable-next-line prefer-rest-params
      return arguments;
    };
    // The visitor accepted on an earlier page view.
    const storage = memoryStorage();
    const previous = await start(config(), {}, storage);
    previous.store.decide('accept_all', 'api', { analytics: true, marketing: true });

    const page: Page = { dataLayer: [queued('js', 0), queued('config', 'G-1'), { event: 'gtm.js' }] };
    const { store } = await start(config(), page, storage);
    // `consent` commands by their type, other commands by name, events by their event.
    const names = () =>
      page.dataLayer!.map((e) => {
        if (!isArguments(e)) return (e as { event: string }).event;
        const [command, type] = Array.from(e as IArguments);
        return command === 'consent' ? type : command;
      });
    expect(names()).toEqual(['js', 'default', 'update', 'assent_consent', 'config', 'gtm.js']);
    expect(consentEntries(page)[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });

    store.decide('reject_all', 'api', {});
    expect(names().slice(-2)).toEqual(['update', 'assent_consent']);
  });

  it('warns when a Google tag loaded before Assent, and still sends the default', async () => {
    // gtag.js replaces dataLayer.push with its own once it has loaded.
    const taken: unknown[] = [];
    const page: Page = { dataLayer: Object.assign(taken, { push: (...e: unknown[]) => Array.prototype.push.apply(taken, e) }) };
    const { logs } = await start(config(), page);
    expect(logs.warn).toEqual([[expect.stringContaining('Assent: a Google tag loaded before assent.js')]]);
    expect(consentEntries(page)[0]).toEqual(['consent', 'default', { ...denied, wait_for_update: 500 }]);
    expect((await start(config(), {})).logs.warn).toEqual([]);
  });

  it('stops sending updates once destroyed', async () => {
    const { page, store, handle } = await start(config());
    handle?.destroy?.();
    store.decide('accept_all', 'api', { analytics: true, marketing: true });
    expect(consentEntries(page)).toHaveLength(1);
  });

  it('does nothing at all without googleConsentMode', async () => {
    const page: Page = {};
    const { store, handle } = await start(config({ googleConsentMode: undefined }), page);
    store.decide('accept_all', 'api', { analytics: true, marketing: true });
    expect(page).toEqual({});
    expect(handle).toBeUndefined();
  });
  it('sends an update when a choice made on another page revokes here, though this page made no decision', async () => {
    const storage = memoryStorage();
    const { page, store } = await start(config(), {}, storage);
    store.decide('custom', 'api', { analytics: true });
    (await start(config(), {}, storage)).store.withdraw('api');
    expect(store.sync()).toBe(true);
    const updates = consentEntries(page).filter((e) => e[1] === 'update');
    expect(updates.map((e) => e[2])).toEqual([{ ...denied, analytics_storage: 'granted' }, denied]);
  });

});
