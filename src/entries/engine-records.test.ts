import { describe, expect, it, vi } from 'vitest';
import { encodeConsent } from '../core/consent-codec.js';
import { createConsentState } from '../core/consent-state.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { gateModel } from '../core/gate-model.js';
import type { AssentConfig, ChangeDetail, ProofRecord } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { configFingerprint } from '../core/config-fingerprint.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { UiController, UiHost } from '../core/ui-host.js';
import { attachActions } from './engine-actions.js';

const RECORD_URL = 'https://records.example.com/consent';

const base: AssentConfig = {
  revision: 4,
  categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'ads', saleOrShare: true }],
  recordUrl: RECORD_URL,
};

interface Setup {
  config?: AssentConfig;
  /** A stored cookie value, read when the state is held. */
  stored?: string;
  held?: boolean;
  gpc?: boolean;
  sendBeacon?: (url: string, data?: BodyInit | null) => boolean;
  /** Storage the test keeps, to change it as another page would. */
  storage?: ReturnType<typeof memoryStorage>;
  /** Gives the engine jsdom's document and an interface that only keeps the host it is mounted with. */
  ui?: boolean;
}

/** The engine with a browser whose sendBeacon is a spy; no document, so the choice is kept in memory. */
function engine(o: Setup = {}) {
  const config = o.config ?? base;
  const { env, logs, clock } = fakeEnvironment();
  const sendBeacon = vi.fn(o.sendBeacon ?? (() => true));
  const navigator = { sendBeacon, globalPrivacyControl: o.gpc } as unknown as Navigator;
  const reload = vi.fn();
  const window = { location: { protocol: 'https:', reload } } as unknown as Window & typeof globalThis;
  const state = createConsentState(gateModel(config), null, env.console, o.held);
  const changes: Partial<ChangeDetail>[] = [];
  state.subscribe((c) => void changes.push(c));
  let host: UiHost | undefined;
  const mountUi = (h: UiHost) => {
    host = h;
    return { renderPlaceholders: () => {} } as unknown as UiController;
  };
  const actions = attachActions(config, state, {
    env: { ...env, window, navigator, ...(o.ui && { document }) },
    ...(o.ui && { loadUi: () => Promise.resolve({ mountUi }) }),
    storage: o.storage ?? memoryStorage(o.stored),
    base: gateModel(config),
    fingerprint: configFingerprint(config),
  });
  expect(actions).toBeDefined();
  /** The proof records that went out, parsed, checking each went to the configured URL. */
  const sent = () =>
    sendBeacon.mock.calls.map(([url, body]) => {
      expect(url).toBe(RECORD_URL);
      expect(typeof body).toBe('string');
      return JSON.parse(body as string) as ProofRecord;
    });
  /** The host the interface is mounted with, as a placeholder would use it. */
  const ui = async () => {
    actions!.renderPlaceholders([]);
    await vi.waitFor(() => expect(host).toBeDefined());
    return host!;
  };
  return { actions: actions!, state, sendBeacon, sent, changes, logs, clock, reload, ui };
}

describe('proof records sent to recordUrl', () => {
  it('sends exactly one beacon per decision, holding the full proof record as JSON', () => {
    const { actions, sent, changes, clock } = engine();
    actions.set({ analytics: true });
    const records = sent();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-z]{12}$/),
      action: 'custom',
      source: 'api',
      categories: { necessary: true, analytics: true, ads: false },
      revision: 4,
      timestamp: clock.now,
      time: new Date(clock.now).toISOString(),
      version: VERSION,
      // Which config (services, cookies, purposes) the visitor decided under.
      config: configFingerprint(base),
    });
    // The same record the site's change listeners are given.
    expect(records[0]).toEqual(JSON.parse(JSON.stringify(changes.at(-1)!.record)));
  });

  it('sends a load_once record for an embed loaded once, under the visitor id a later decision keeps, and changes no choice', async () => {
    const { actions, sent, changes, state, ui, clock } = engine({ ui: true });
    const host = await ui();
    const embed = { category: 'ads', service: 'video', src: 'https://video.example.com/embed/42' };
    host.loadedOnce(embed, { language: 'en', texts: ['Product video is blocked until you allow Ads.', 'Load this content'], textHash: 'abc' });
    const [loaded] = sent();
    expect(loaded).toEqual({
      id: expect.stringMatching(/^[0-9a-z]{12}$/),
      revision: 4,
      timestamp: clock.now,
      time: new Date(clock.now).toISOString(),
      action: 'load_once',
      source: 'embed',
      categories: { necessary: true, analytics: false, ads: false },
      mode: 'opt-in',
      config: configFingerprint(base),
      version: VERSION,
      embed,
      language: 'en',
      texts: ['Product video is blocked until you allow Ads.', 'Load this content'],
      textHash: 'abc',
    });
    // No choice was made: nothing stored, nothing granted, no change for the page's listeners.
    expect(state.get()).toBeNull();
    expect(state.granted('ads')).toBe(false);
    expect(changes).toEqual([]);
    actions.acceptAll();
    expect(sent()[1]).toMatchObject({ action: 'accept_all', id: loaded!.id });
  });

  it('sends a withdraw record, under the same consent id, when consent is withdrawn', async () => {
    const { actions, sent, clock } = engine();
    actions.acceptAll();
    clock.now += 60_000;
    await actions.withdraw();
    const [accepted, withdrawn] = sent();
    expect(sent()).toHaveLength(2);
    expect(accepted).toMatchObject({ action: 'accept_all', categories: { necessary: true, analytics: true, ads: true } });
    expect(withdrawn).toMatchObject({
      id: accepted!.id,
      config: accepted!.config,
      action: 'withdraw',
      source: 'api',
      categories: { necessary: true, analytics: false, ads: false },
      revision: 4,
      time: new Date(clock.now).toISOString(),
      version: VERSION,
    });
  });

  it('sends nothing when a held state is released, since releasing is not a decision', () => {
    const stored = encodeConsent({
      id: 'storedid0001',
      revision: 4,
      timestamp: fakeEnvironment().clock.now - 864e5,
      action: 'accept_all',
      source: 'banner',
      categories: { necessary: true, analytics: true, ads: true },
      mode: 'opt-in',
    });
    const { state, sendBeacon, changes } = engine({ held: true, stored });
    // The release did happen: listeners heard the stored grant, without a record.
    expect(state.held()).toBe(false);
    expect(changes).toEqual([expect.objectContaining({ granted: ['necessary', 'analytics', 'ads'] })]);
    expect(changes[0]).not.toHaveProperty('record');
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it('sends a gpc record when Global Privacy Control opts the visitor out on arrival', () => {
    const { sent } = engine({ config: { ...base, mode: 'opt-out' }, gpc: true });
    expect(sent()).toEqual([expect.objectContaining({ action: 'gpc', source: 'gpc', categories: { necessary: true, analytics: true, ads: false } })]);
  });

  it('sends no beacon when no recordUrl is configured', () => {
    const { actions, sendBeacon } = engine({ config: { ...base, recordUrl: undefined } });
    actions.acceptAll();
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it('keeps the decision, and reloads on a revocation as configured, when sendBeacon throws', () => {
    const { actions, state, sendBeacon, reload, logs } = engine({
      config: { ...base, reloadOnRevoke: true },
      sendBeacon: () => {
        throw new TypeError('blocked by the page');
      },
    });
    expect(() => actions.acceptAll()).not.toThrow();
    expect(state.get()).toMatchObject({ action: 'accept_all', categories: { analytics: true, ads: true } });
    expect(() => actions.rejectAll()).not.toThrow();
    expect(state.get()).toMatchObject({ action: 'reject_all', categories: { analytics: false, ads: false } });
    expect(state.granted('analytics')).toBe(false);
    expect(sendBeacon).toHaveBeenCalledTimes(2);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(logs.error).toEqual([]);
  });

  it("says once that the page's Content-Security-Policy blocks recordUrl, which a beacon's return value never shows", async () => {
    const { actions, logs } = engine();
    // The check is a chunk of its own, fetched for a config with recordUrl.
    await vi.dynamicImportSettled();
    // The engine watches the page's document, jsdom's here, where the browser reports the blocked request.
    const blocked = () =>
      document.dispatchEvent(Object.assign(new Event('securitypolicyviolation'), { blockedURI: RECORD_URL, disposition: 'enforce' }));
    actions.acceptAll();
    blocked();
    actions.rejectAll();
    blocked();
    expect(logs.error).toEqual([[expect.stringContaining(`recordUrl ${RECORD_URL}`)]]);
  });

  it('leaves the report to the instance created in place of a destroyed one, as a framework mounting twice does', async () => {
    const first = engine();
    first.actions.destroy();
    const second = engine();
    await vi.dynamicImportSettled();
    document.dispatchEvent(Object.assign(new Event('securitypolicyviolation'), { blockedURI: RECORD_URL, disposition: 'enforce' }));
    expect(first.logs.error).toEqual([]);
    expect(second.logs.error).toHaveLength(1);
  });

  it('records nothing, and dispatches nothing, for a choice another page made, but reloads on what it revokes as configured', () => {
    const stored = memoryStorage();
    const { actions, state, sendBeacon, reload } = engine({ config: { ...base, reloadOnRevoke: true }, storage: stored });
    actions.acceptAll();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    // Another tab withdraws: the cookie is gone.
    stored.clear();
    return actions.sync().then(() => {
      expect(state.get()).toBeNull();
      expect(state.granted('analytics')).toBe(false);
      expect(sendBeacon).toHaveBeenCalledTimes(1);
      expect(reload).toHaveBeenCalledTimes(1);
    });
  });

});
