import Cookies from 'js-cookie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserEnvironment } from '../core/environment.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { ownData } from '../core/own-data.js';
import type { UiModule } from '../core/ui-host.js';
import * as engine from '../engine.js';
import { startFromTag, type TagLoaders } from './start-from-tag.js';

type Page = Window & typeof globalThis & { dataLayer?: IArguments[] };

const config = {
  cookie: { name: 'orch_consent' },
  categories: [
    { id: 'necessary', required: true },
    { id: 'analytics', services: [{ id: 'clarity', cookies: ['_clck'] }] },
    { id: 'marketing', saleOrShare: true },
  ],
};

const env = (overrides = {}) => {
  const fake = fakeEnvironment();
  return { ...fake, env: { ...browserEnvironment(), now: fake.env.now, random: fake.env.random, console: fake.env.console, ...overrides } };
};

/** Loaders that count their calls; the engine is the real one, imported in-process. */
const loaders = () => {
  const load = {
    engine: vi.fn(async () => engine),
    ui: vi.fn(async (): Promise<UiModule> => ({
      mountUi: () => ({
        showBanner() {},
        showPreferences() {},
        showPolicy() {},
        renderInlinePolicies() {},
        renderPlaceholders() {},
        destroy() {},
      }),
    })),
  } satisfies TagLoaders;
  return load;
};

/** A first page view that decides through the engine, leaving the cookie for the next one. */
async function decideOnce(cfg: unknown, decide: 'acceptAll' | 'rejectAll' = 'acceptAll') {
  const first = startFromTag(cfg, undefined, env().env, loaders());
  await first[decide]();
  first.destroy();
}

afterEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  delete (window as Page).dataLayer;
  document.body.innerHTML = '';
});

describe('the script tag', () => {
  it('has the engine validate the config on a first visit, and fetches the interface alongside it', async () => {
    const load = loaders();
    const a = startFromTag(config, undefined, env().env, load);
    expect(load.engine).toHaveBeenCalledTimes(1);
    expect(load.ui).toHaveBeenCalledTimes(1);
    expect(a.get()).toBeNull();
    await a.acceptAll();
    expect(a.get()).toMatchObject({ action: 'accept_all', categories: { analytics: true } });
  });

  it('serves a return visit under the same config without the engine or the interface', async () => {
    await decideOnce(config);
    const load = loaders();
    const a = startFromTag(config, undefined, env().env, load);
    expect(a.get()).toMatchObject({ action: 'accept_all' });
    expect(a.has('analytics.clarity')).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(load.engine).not.toHaveBeenCalled();
    expect(load.ui).not.toHaveBeenCalled();
  });

  it('fetches the engine and the interface on a return visit when the config asks for a floating button', async () => {
    const floating = { ...config, ui: { floatingButton: true } };
    await decideOnce(floating);
    const load = loaders();
    const mounted = vi.fn();
    load.ui.mockImplementation(async () => {
      const ui = await loaders().ui();
      return { mountUi: (host) => (mounted(host.store.get()?.action), ui.mountUi(host)) };
    });
    const a = startFromTag(floating, undefined, env().env, load);
    // The choice is in force at once, from the gate alone; the button comes after.
    expect(a.has('analytics')).toBe(true);
    await vi.waitFor(() => expect(mounted).toHaveBeenCalledWith('accept_all'));
    expect(load.engine).toHaveBeenCalledTimes(1);
    expect(load.ui).toHaveBeenCalledTimes(1);
  });

  it('waits for the page to load before fetching for the floating button, and not at all once destroyed', async () => {
    const floating = { ...config, ui: { floatingButton: true } };
    await decideOnce(floating);
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const kept = loaders();
      const dropped = loaders();
      startFromTag(floating, undefined, env().env, kept);
      startFromTag(floating, undefined, env().env, dropped).destroy();
      await new Promise((r) => setTimeout(r, 10));
      expect(kept.engine).not.toHaveBeenCalled();
      window.dispatchEvent(new Event('load'));
      await vi.waitFor(() => expect(kept.ui).toHaveBeenCalledTimes(1));
      expect(dropped.engine).not.toHaveBeenCalled();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('fetches the engine on a return visit only when the visitor or the page acts, and applies the decision', async () => {
    await decideOnce(config);
    const load = loaders();
    const a = startFromTag(config, undefined, env().env, load);
    const changes: string[][] = [];
    a.on('change', (d) => changes.push(d.revoked));
    await a.rejectAll();
    expect(load.engine).toHaveBeenCalledTimes(1);
    expect(a.get()).toMatchObject({ action: 'reject_all', categories: { analytics: false } });
    expect(changes).toEqual([['analytics', 'marketing']]);
  });

  it('sends a changed config through the engine once, which keeps the choice and restamps it', async () => {
    await decideOnce(config);
    const changed = { ...config, ui: { layout: 'box' } };
    const load = loaders();
    const a = startFromTag(changed, undefined, env().env, load);
    expect(load.engine).toHaveBeenCalledTimes(1);
    // A stored choice exists, so nobody will be asked: the interface isn't fetched.
    expect(load.ui).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(a.get()).toMatchObject({ action: 'accept_all' }));
    const next = loaders();
    startFromTag(changed, undefined, env().env, next).destroy();
    expect(next.engine).not.toHaveBeenCalled();
  });

  it('grants nothing until the engine has validated the config, even under opt-out rules', async () => {
    const optOut = { ...config, mode: 'opt-out' };
    let loaded!: () => void;
    const load = { ...loaders(), engine: vi.fn(() => new Promise<typeof engine>((r) => (loaded = () => r(engine)))) };
    const a = startFromTag(optOut, undefined, env().env, load);
    const changes: unknown[] = [];
    a.on('change', (d) => changes.push(d));
    expect(a.has('necessary')).toBe(false);
    expect(a.has('analytics')).toBe(false);
    loaded();
    await vi.waitFor(() => expect(a.has('analytics')).toBe(true));
    expect(a.has('necessary')).toBe(true);
    // Coming into force is no decision: change listeners hear nothing.
    expect(changes).toEqual([]);
  });

  it('does not trust a choice when the region changed, when it expired, or when it was edited', async () => {
    await decideOnce(config);
    const other = loaders();
    startFromTag(config, 'US-CA', env().env, other).destroy();
    expect(other.engine).toHaveBeenCalledTimes(1);

    const later = env();
    later.clock.now += 400 * 864e5;
    const expired = loaders();
    startFromTag(config, undefined, later.env, expired).destroy();
    expect(expired.engine).toHaveBeenCalledTimes(1);

    Cookies.set('orch_consent', Cookies.get('orch_consent')!.replace('analytics:1', 'analytics:0'));
    const edited = loaders();
    const a = startFromTag(config, undefined, env().env, edited);
    expect(edited.engine).toHaveBeenCalledTimes(1);
    expect(a.has('analytics')).toBe(false);
  });

  it('lets the engine apply Global Privacy Control before anything sold runs', async () => {
    const optOut = { ...config, mode: 'opt-out' };
    await decideOnce(optOut);
    const load = loaders();
    const gpc = env({ navigator: { globalPrivacyControl: true } as unknown as Navigator });
    const a = startFromTag(optOut, undefined, gpc.env, load);
    expect(load.engine).toHaveBeenCalledTimes(1);
    expect(a.has('marketing')).toBe(false);
    await vi.waitFor(() => expect(a.get()).toMatchObject({ source: 'gpc', categories: { marketing: false } }));
  });

  it('sends the Consent Mode default at once, before the engine has even loaded, and only once', async () => {
    const load = loaders();
    const a = startFromTag({ ...config, googleConsentMode: { waitForUpdate: 500 } }, undefined, env().env, load);
    const consent = () => ((window as Page).dataLayer ?? []).filter((e) => e[0] === 'consent');
    expect(consent().map((e) => [e[1], e[2].analytics_storage, e[2].wait_for_update])).toEqual([['default', 'denied', 500]]);
    await a.acceptAll();
    expect(consent().map((e) => [e[1], e[2].analytics_storage])).toEqual([
      ['default', 'denied'],
      ['update', 'granted'],
    ]);
  });

  it('stays closed on an invalid config: one error, nothing granted, decisions refused', async () => {
    const e = env();
    const a = startFromTag({ categories: 'all' }, undefined, e.env, loaders());
    await a.acceptAll();
    expect(a.has('analytics')).toBe(false);
    expect(Cookies.get('orch_consent')).toBeUndefined();
    expect(e.logs.error[0]![0]).toBe('Assent: invalid config at "categories": expected an array, got "all"');
  });

  it('sends a config that refers back to itself through the engine, which names the key, though a choice was stored without it', async () => {
    await decideOnce(ownData(config));
    const cyclic: Record<string, unknown> = { ...config };
    cyclic.googleConsentMode = cyclic;
    const e = env();
    const load = loaders();
    const a = startFromTag(ownData(cyclic), undefined, e.env, load);
    expect(load.engine).toHaveBeenCalledTimes(1);
    expect(a.has('analytics')).toBe(false);
    await vi.waitFor(() => expect(e.logs.error[0]?.[0]).toBe('Assent: invalid config at "googleConsentMode": expected an object, got a circular reference'));
    expect(a.has('analytics')).toBe(false);
  });

  it('reports a bad Consent Mode map once, as the config error, though the gate sends the default before checking', async () => {
    const e = env();
    const bad = { ...config, googleConsentMode: { map: { ad_storage: 'marketing' } } };
    const a = startFromTag(bad, undefined, e.env, loaders());
    await a.acceptAll();
    expect(e.logs.error).toEqual([['Assent: invalid config at "googleConsentMode.map.ad_storage": expected an array, got "marketing"']]);
  });

  it('opens neither storage area to decide, yet clears declared storage keys when the visitor withdraws', async () => {
    const withStorage = {
      ...config,
      categories: [
        { id: 'necessary', required: true },
        { id: 'analytics', services: [{ id: 'replay', localStorage: ['replay_session'], sessionStorage: ['replay_tab'] }] },
      ],
    };
    const fake = fakeEnvironment();
    // What the script tag hands in: the gate's reads only.
    const gateEnv = { window, document, navigator, now: fake.env.now, console: fake.env.console };
    const local = vi.spyOn(window, 'localStorage', 'get');
    const session = vi.spyOn(window, 'sessionStorage', 'get');
    const a = startFromTag(withStorage, undefined, gateEnv, loaders());
    await a.acceptAll();
    expect(local).not.toHaveBeenCalled();
    expect(session).not.toHaveBeenCalled();
    local.mockRestore();
    session.mockRestore();
    localStorage.setItem('replay_session', '1');
    sessionStorage.setItem('replay_tab', '1');
    await a.withdraw();
    expect(localStorage.getItem('replay_session')).toBeNull();
    expect(sessionStorage.getItem('replay_tab')).toBeNull();
  });

  it('shows the banner again when a return visit withdraws through the API, though the view had drawn nothing', async () => {
    await decideOnce(config);
    const shown: string[] = [];
    const load = loaders();
    load.ui.mockImplementation(async () => ({
      mountUi: () => ({
        showBanner: () => void shown.push('banner'),
        showPreferences() {},
        showPolicy() {},
        renderInlinePolicies() {},
        renderPlaceholders() {},
        destroy() {},
      }),
    }));
    const a = startFromTag(config, undefined, env().env, load);
    expect(load.ui).not.toHaveBeenCalled();
    await a.withdraw();
    expect(a.get()).toBeNull();
    expect(shown).toEqual(['banner']);
  });

  it('fetches the engine again on the next request after a failed fetch, reporting each failure once', async () => {
    await decideOnce(config);
    const e = env();
    const load = loaders();
    load.engine.mockRejectedValueOnce(new Error('offline'));
    const a = startFromTag(config, undefined, e.env, load);
    await a.rejectAll();
    expect(a.get()).toMatchObject({ action: 'accept_all' });
    expect(e.logs.error.map(([m]) => m)).toEqual(['Assent: could not load assent-engine.js, which must sit beside assent.js (with CORS on another origin)']);
    await a.rejectAll();
    expect(a.get()).toMatchObject({ action: 'reject_all' });
    await a.acceptAll();
    // Each attempt is numbered, so the script tag can ask for an address the browser hasn't marked as failed.
    expect(load.engine.mock.calls).toEqual([[0], [1]]);
    expect(e.logs.error).toHaveLength(1);
    a.destroy();
  });

  it('fetches the engine once for an invalid config, which no retry would make valid', async () => {
    const e = env();
    const load = loaders();
    const a = startFromTag({ categories: 'all' }, undefined, e.env, load);
    await a.acceptAll();
    await a.showPreferences();
    expect(load.engine).toHaveBeenCalledTimes(1);
    expect(e.logs.error).toHaveLength(1);
    a.destroy();
  });

  it('validates a notice-mode config through the engine on every page view: nothing is stored that could vouch for it', async () => {
    const notice = { ...config, mode: 'notice' };
    for (let view = 0; view < 2; view++) {
      const load = loaders();
      const a = startFromTag(notice, undefined, env().env, load);
      // Strictly necessary tags wait for the check: a config the engine would reject must not run them.
      expect(a.has('necessary')).toBe(false);
      await vi.waitFor(() => expect(a.has('necessary')).toBe(true));
      await a.acceptAll();
      expect(load.engine).toHaveBeenCalledTimes(1);
      expect(load.ui).not.toHaveBeenCalled();
      expect(Cookies.get()).toEqual({});
      a.destroy();
    }
  });

  it('stays closed, and throws nothing, when the engine cannot be fetched', async () => {
    const e = env();
    const load = { ...loaders(), engine: vi.fn(() => Promise.reject(new Error('offline'))) };
    const a = startFromTag(config, undefined, e.env, load);
    await expect(a.acceptAll()).resolves.toBeUndefined();
    expect(a.get()).toBeNull();
    expect(e.logs.error[0]![0]).toBe('Assent: could not load assent-engine.js, which must sit beside assent.js (with CORS on another origin)');
  });
});

describe('a script-tag instance destroyed while its engine loads', () => {
  it('never runs what waited for consent through it, and never mounts its interface', async () => {
    // A category of its own, which the instances of earlier tests, still watching the page, know nothing of.
    const own = { ...config, categories: [...config.categories, { id: 'vital', required: true }] };
    document.body.innerHTML = '<script type="text/plain" data-assent="vital" id="held">void 0</script>';
    let arrive!: () => void;
    const load = loaders();
    load.engine.mockImplementation(() => new Promise((resolve) => (arrive = () => resolve(engine))));
    const mountUi = vi.fn((await load.ui()).mountUi);
    load.ui.mockResolvedValue({ mountUi });
    const a = startFromTag(own, undefined, env().env, load);
    const heard = vi.fn();
    a.onConsent('vital', heard);
    a.on('change', heard);
    const script = a.loadScript('/late.js', 'vital');
    a.destroy();
    arrive();
    await new Promise((done) => setTimeout(done, 20));
    expect(heard).not.toHaveBeenCalled();
    expect(document.getElementById('held')!.getAttribute('type')).toBe('text/plain');
    expect(document.querySelector('script[src="/late.js"]')).toBeNull();
    await expect(Promise.race([script, 'pending'])).resolves.toBe('pending');
    expect(mountUi).not.toHaveBeenCalled();
  });

  it('does nothing when its engine arrives: no Global Privacy Control applied, stored, announced or recorded', async () => {
    const optOut = { ...config, mode: 'opt-out', recordUrl: '/consent-records' };
    const sendBeacon = vi.fn(() => true);
    const e = env({ navigator: { globalPrivacyControl: true, sendBeacon } as unknown as Navigator });
    let arrive!: () => void;
    const load = loaders();
    load.engine.mockImplementation(() => new Promise((resolve) => (arrive = () => resolve(engine))));
    const announced = vi.fn();
    document.addEventListener('assent:change', announced);
    try {
      startFromTag(optOut, undefined, e.env, load).destroy();
      // The next instance of a framework that mounts twice is another story; this one is gone.
      arrive();
      await new Promise((done) => setTimeout(done, 20));
      expect(Cookies.get('orch_consent')).toBeUndefined();
      expect(announced).not.toHaveBeenCalled();
      expect(sendBeacon).not.toHaveBeenCalled();
      expect(e.logs.error).toEqual([]);
    } finally {
      document.removeEventListener('assent:change', announced);
    }
  });
});
