import Cookies from 'js-cookie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserEnvironment } from '../core/environment.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import type { UiController, UiModule } from '../core/ui-host.js';
import type { ChangeDetail } from '../core/types.js';
import type { Assent } from './assent-api.js';
import { createAssent as create } from './create-assent.js';

const config = {
  cookie: { name: 'orch_consent', days: 365 },
  revision: 1,
  categories: [
    { id: 'necessary', required: true },
    { id: 'analytics', services: [{ id: 'clarity', cookies: ['_clck', '_clsk', 'CLID', '/^_cl/'] }] },
    { id: 'errors', services: [{ id: 'sentry', localStorage: ['sentryReplaySession'] }] },
  ],
};

const env = () => {
  const fake = fakeEnvironment();
  return { ...fake, env: { ...browserEnvironment(), now: fake.env.now, random: fake.env.random, console: fake.env.console } };
};

const fakeUi = () => {
  const calls: string[] = [];
  const controller: UiController = {
    showBanner: () => void calls.push('banner'),
    showPreferences: () => void calls.push('preferences'),
    showPolicy: (s) => void calls.push('policy:' + (s ?? '')),
    renderInlinePolicies: () => void calls.push('inline'),
    renderPlaceholders: () => void calls.push('placeholders'),
    destroy: () => void calls.push('destroy'),
  };
  const loadUi = vi.fn(async (): Promise<UiModule> => ({ mountUi: () => controller }));
  return { calls, loadUi };
};

/** Every instance a test makes is destroyed after it, as a page would: a live one would answer the next test's clicks. */
/** A config whose `ui` is the config itself, as a page's code can build by mistake. */
const selfReferring = () => {
  const c: Record<string, unknown> = { ...config };
  c.ui = c;
  return c;
};

const live: Assent[] = [];
const createAssent = (...args: Parameters<typeof create>) => {
  const a = create(...args);
  live.push(a);
  return a;
};

afterEach(() => {
  for (const a of live.splice(0)) a.destroy();
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('createAssent', () => {
  it('writes the consent cookie on a decision and reads it back on the next page view', () => {
    const { env: e } = env();
    const a = createAssent(config, { env: e });
    a.acceptAll();
    expect(Cookies.get('orch_consent')).toMatch(/^2\./);
    const b = createAssent(config, { env: e });
    expect(b.get()).toMatchObject({ action: 'accept_all', source: 'api', categories: { analytics: true, errors: true } });
  });

  it('given the page’s nonce, runs only the gated tags that carry it', async () => {
    document.body.innerHTML =
      '<script type="text/plain" data-assent="analytics" id="own">void 0</script><script type="text/plain" data-assent="analytics" id="other">void 1</script>';
    (document.getElementById('own') as HTMLScriptElement).nonce = 'r4nd0m';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = createAssent(config, { nonce: 'r4nd0m', loadUi: fakeUi().loadUi });
    a.acceptAll();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById('own')!.hasAttribute('data-assent-ran')).toBe(true);
    expect(document.getElementById('other')!.getAttribute('type')).toBe('text/assent-refused');
    expect(error).toHaveBeenCalledWith(expect.stringContaining("lacks the page's nonce"), document.getElementById('other'));
    error.mockRestore();
    a.destroy();
  });

  it('reads only what the config itself says, whatever the page added to Object.prototype or changes later', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const own = { categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] };
    try {
      proto.required = true;
      proto.mode = 'opt-out';
      const a = createAssent(own, { env: env().env, loadUi: fakeUi().loadUi });
      own.categories[1]!.id = 'renamed';
      expect(a.has('analytics')).toBe(false);
      expect(a.has('necessary')).toBe(true);
      a.destroy();
    } finally {
      delete proto.required;
      delete proto.mode;
    }
  });

  it("warns about a visitor's region no rule could match, and takes one with stray spaces as meant", () => {
    const regional = { ...config, regions: { FR: 'opt-in', default: 'notice' } };
    const { env: e, logs } = env();
    expect(createAssent(regional, { env: e, region: ' FR ' }).has('analytics')).toBe(false);
    expect(logs.warn).toEqual([]);
    createAssent(regional, { env: e, region: 'France' });
    createAssent(regional, { env: e, region: 33 as unknown as string });
    expect(logs.warn.map((w) => w[0])).toEqual([
      'Assent: the visitor\'s region "France" is not an ISO 3166 code such as "FR" or "US-CA"; regions.default applies.',
      'Assent: the visitor\'s region 33 is not an ISO 3166 code such as "FR" or "US-CA"; regions.default applies.',
    ]);
  });

  it('never throws, even given a stand-in browser with no console: it reports on the real one and does nothing', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const a = createAssent(config, { env: {} as never });
      expect(a.get()).toBeNull();
      expect(a.has('analytics')).toBe(false);
      expect(spy).toHaveBeenCalledWith('Assent: could not start', expect.any(Error));
    } finally {
      spy.mockRestore();
    }
  });

  it('reports a decision the browser cannot record, rather than throwing at the visitor or the page', () => {
    const { env: e, logs } = env();
    const broken = { ...e, random: () => { throw new Error('getRandomValues is broken'); } };
    const a = createAssent(config, { env: broken, loadUi: fakeUi().loadUi });
    expect(() => a.acceptAll()).not.toThrow();
    expect(logs.error.map((x) => x[0])).toContain('Assent: could not record the decision');
    expect(a.get()).toBeNull();
  });

  it('loadScript() refuses a missing URL without a request, and takes null attributes as none', async () => {
    const a = createAssent(config, { env: env().env, loadUi: fakeUi().loadUi });
    a.acceptAll();
    await expect(a.loadScript(null as unknown as string, 'analytics')).rejects.toThrow('loadScript() takes a URL, a category and optional attributes');
    expect(document.querySelector('script[src$="null"]')).toBeNull();
    void a.loadScript('/attrs.js', 'analytics', null as unknown as Record<string, string>).catch(() => {});
    await Promise.resolve();
    const added = document.querySelector('script[src="/attrs.js"]');
    expect(added).not.toBeNull();
    added!.remove();
    a.destroy();
  });

  it('answers has() for categories and for their services', () => {
    const a = createAssent(config, { env: env().env });
    expect(a.has('analytics')).toBe(false);
    a.set({ analytics: true });
    expect(a.has('analytics')).toBe(true);
    expect(a.has('analytics.clarity')).toBe(true);
    expect(a.has('analytics.sentry')).toBe(false);
    expect(a.has('errors')).toBe(false);
    expect(a.has('necessary')).toBe(true);
  });

  it('keeps categories a custom choice leaves out, and warns about unknown ones', () => {
    const { env: e, logs } = env();
    const a = createAssent(config, { env: e });
    a.set({ analytics: true });
    a.set({ errors: true, analytcs: false });
    expect(a.get()!.categories).toEqual({ necessary: true, analytics: true, errors: true });
    expect(logs.warn).toEqual([['Assent: set() ignores unknown category "analytcs".']]);
  });

  it('changes nothing, and says what it expected, when set() gets a choice it cannot read', () => {
    const { env: e, logs } = env();
    const a = createAssent(config, { env: e });
    a.set({ analytics: true });
    const before = a.get();
    const api = a as unknown as { set(choice: unknown): unknown };
    for (const choice of [undefined, null, 'analytics', ['analytics']]) api.set(choice);
    api.set({ analytics: 'no', errors: true });
    api.set({ analytics: 0 });
    expect(a.get()).toEqual(before);
    expect(logs.error).toEqual([
      ...Array(6).fill(['Assent: set() takes true or false for each category, like { analytics: true }; nothing changed.']),
    ]);
  });

  it('throws nothing into the page when the reading half of the API gets arguments of the wrong type', async () => {
    const a = createAssent(config, { env: env().env });
    a.acceptAll();
    const api = a as unknown as Record<'has' | 'onConsent' | 'loadScript', (...args: unknown[]) => unknown>;
    for (const key of [undefined, null, 42, {}, Symbol('analytics')]) {
      expect(api.has(key)).toBe(false);
      expect(api.onConsent(key, () => {})).toBeTypeOf('function');
      void (api.loadScript('/x.js', key) as Promise<unknown>).catch(() => {});
    }
    await new Promise((done) => setTimeout(done));
    expect(document.querySelector('script[src="/x.js"]')).toBeNull();
    expect(a.has('analytics')).toBe(true);
  });

  it('refuses, with a console error, an onConsent() or loadScript() that waits for a category or service the config lacks, which would never come', () => {
    const { env: e, logs } = env();
    const a = createAssent(config, { env: e });
    a.onConsent('marketing', () => {});
    a.onConsent('Analytics', () => {});
    void a.loadScript('/x.js', 'analytics.gtag');
    a.onConsent('analytics', () => {});
    a.onConsent('analytics.clarity', () => {});
    void a.loadScript('/y.js', 'errors');
    expect(logs.error).toEqual([
      ['Assent: onConsent() did nothing; the config has no "marketing".'],
      ['Assent: onConsent() did nothing; the config has no "Analytics".'],
      ['Assent: loadScript() did nothing; the config has no "analytics.gtag".'],
    ]);
  });

  it('emits change to listeners and as an assent:change event on document', () => {
    const a = createAssent(config, { env: env().env });
    const fromOn: ChangeDetail[] = [];
    const fromEvent: ChangeDetail[] = [];
    const off = a.on('change', (d) => fromOn.push(d));
    const listener = (e: Event) => fromEvent.push((e as CustomEvent<ChangeDetail>).detail);
    document.addEventListener('assent:change', listener);
    a.rejectAll();
    off();
    a.acceptAll();
    document.removeEventListener('assent:change', listener);
    expect(fromOn).toHaveLength(1);
    expect(fromOn[0]!.consent!.action).toBe('reject_all');
    expect(fromEvent.map((d) => d.consent!.action)).toEqual(['reject_all', 'accept_all']);
  });

  it('runs onConsent callbacks once the category is granted, or right after the calling code if it already is', async () => {
    const a = createAssent(config, { env: env().env });
    const calls: string[] = [];
    a.onConsent('analytics', () => calls.push('later'));
    a.rejectAll();
    expect(calls).toEqual([]);
    a.acceptAll();
    a.rejectAll();
    a.acceptAll();
    a.onConsent('analytics.clarity', () => calls.push('granted'));
    expect(calls).toEqual(['later']);
    await Promise.resolve();
    expect(calls).toEqual(['later', 'granted']);
    // Unsubscribed in the same code, or destroyed, it never runs.
    a.onConsent('analytics', () => calls.push('unsubscribed'))();
    await Promise.resolve();
    a.onConsent('analytics', () => calls.push('destroyed'));
    a.destroy();
    await Promise.resolve();
    expect(calls).toEqual(['later', 'granted']);
  });

  it("leaves nothing started by an instance destroyed in the code that created it, as React's StrictMode does on a return visit", async () => {
    const page = window as Window & { dataLayer?: unknown[]; initErrors?: () => void };
    let inits = 0;
    page.initErrors = () => void inits++;
    const withVendors = {
      ...config,
      googleConsentMode: { map: { analytics_storage: ['analytics'] } },
      categories: [
        ...config.categories.slice(0, 2),
        { id: 'errors', services: [{ id: 'sentry', src: '/sdk.js', options: { init: 'initErrors' } }] },
      ],
    };
    const ran: string[] = [];
    const mount = () => {
      const a = createAssent(withVendors, { env: env().env });
      a.onConsent('errors', () => ran.push('onConsent'));
      void a.loadScript('/app-analytics.js', 'analytics').catch(() => {});
      return a;
    };
    const first = mount();
    first.acceptAll();
    first.destroy();
    document.querySelectorAll('script').forEach((s) => s.remove());
    delete page.dataLayer;
    [inits, ran.length] = [0, 0];

    // The visitor comes back: mount, unmount, mount, in one go.
    mount().destroy();
    const kept = mount();
    await new Promise((done) => setTimeout(done));
    expect(document.querySelectorAll('script[src="/sdk.js"]')).toHaveLength(1);
    expect(document.querySelectorAll('script[src="/app-analytics.js"]')).toHaveLength(1);
    expect(inits).toBe(1);
    expect(ran).toEqual(['onConsent']);
    const sent = (page.dataLayer ?? []).map((e) => (e as { event?: string }).event ?? (e as IArguments)[1]);
    // The default can't wait, so each instance sends one; the update and its event come from the one kept.
    expect(sent).toEqual(['default', 'default', 'update', 'assent_consent']);
    kept.destroy();

    // Mounted again later, as a component that comes back on another route: the service's script is there already.
    mount();
    await new Promise((done) => setTimeout(done));
    expect(document.querySelectorAll('script[src="/sdk.js"]')).toHaveLength(1);
    document.querySelectorAll('script').forEach((s) => s.remove());
    delete page.dataLayer;
    delete page.initErrors;
  });

  it('contains a throwing host callback and still calls the others', () => {
    const { env: e, logs } = env();
    const a = createAssent(config, { env: e });
    const ok = vi.fn();
    a.onConsent('analytics', () => {
      throw new Error('host bug');
    });
    a.on('change', ok);
    expect(() => a.acceptAll()).not.toThrow();
    expect(ok).toHaveBeenCalledOnce();
    expect(logs.error.some((l) => l[0] === 'Assent: a callback threw')).toBe(true);
  });

  it('injects a loadScript script only after the category is granted', async () => {
    const a = createAssent(config, { env: env().env });
    void a.loadScript('https://cdn.example/clarity.js', 'analytics', { 'data-x': '1' });
    expect(document.querySelector('script[src="https://cdn.example/clarity.js"]')).toBeNull();
    a.rejectAll();
    expect(document.querySelector('script[src="https://cdn.example/clarity.js"]')).toBeNull();
    a.acceptAll();
    expect(document.querySelector('script[src="https://cdn.example/clarity.js"]')?.getAttribute('data-x')).toBe('1');
  });

  it('reports a service script that could not load as a warning, not as a rejection the page never asked for', async () => {
    const { env: e, logs } = env();
    const withSrc = { ...config, categories: [...config.categories, { id: 'ads', services: [{ id: 'pixel', src: '/pixel.js' }] }] };
    const a = createAssent(withSrc, { env: e });
    a.acceptAll();
    await new Promise((done) => setTimeout(done));
    const script = document.querySelector('script[data-assent-service="pixel"]')!;
    // What a browser does when an ad blocker stops the request.
    script.dispatchEvent(new Event('error'));
    await new Promise((done) => setTimeout(done));
    expect(logs.warn.map(([w]) => String(w))).toEqual(['Error: Assent: could not load /pixel.js']);
  });

  it('cleans up after an earlier consent when the visitor refuses the question a new policy revision asks', () => {
    createAssent(config, { env: env().env }).acceptAll();
    document.cookie = '_clck=abc; path=/';
    localStorage.setItem('sentryReplaySession', '{}');
    const revised = createAssent({ ...config, revision: 2 }, { env: env().env, loadUi: fakeUi().loadUi });
    expect(revised.get()).toBeNull();
    revised.rejectAll();
    expect(Cookies.get('_clck')).toBeUndefined();
    expect(localStorage.getItem('sentryReplaySession')).toBeNull();
  });

  it('cleans up what a refusal leaves off even when no stored choice had granted it (the consent cookie was deleted, or ran out)', () => {
    document.cookie = '_clck=abc; path=/';
    localStorage.setItem('sentryReplaySession', '{}');
    const a = createAssent(config, { env: env().env, loadUi: fakeUi().loadUi });
    expect(a.get()).toBeNull();
    a.set({ errors: true });
    expect(Cookies.get('_clck')).toBeUndefined();
    // What the decision grants is left alone.
    expect(localStorage.getItem('sentryReplaySession')).toBe('{}');
  });

  it('removes revoked cookies and storage keys on withdrawal, and asks again at once', async () => {
    createAssent(config, { env: env().env }).acceptAll();
    // A later page view, which has drawn nothing: the stored choice needed no interface.
    const ui = fakeUi();
    const a = createAssent(config, { env: env().env, loadUi: ui.loadUi });
    document.cookie = '_clck=abc; path=/';
    document.cookie = '_clx=1; path=/';
    document.cookie = 'keep=1; path=/';
    localStorage.setItem('sentryReplaySession', '{}');
    expect(ui.loadUi).not.toHaveBeenCalled();
    await a.withdraw();
    expect(ui.calls).toEqual(['banner']);
    expect(Cookies.get('_clck')).toBeUndefined();
    expect(Cookies.get('_clx')).toBeUndefined();
    expect(Cookies.get('keep')).toBe('1');
    expect(localStorage.getItem('sentryReplaySession')).toBeNull();
    expect(Cookies.get('orch_consent')).toBeUndefined();
    expect(a.get()).toBeNull();
  });

  it("under opt-out rules starts set() from the mode's default, and keeps a withdrawal as a refusal without asking", async () => {
    const ui = fakeUi();
    const a = createAssent({ ...config, mode: 'opt-out' }, { env: env().env, loadUi: ui.loadUi });
    await a.set({ analytics: false });
    expect(a.get()!.categories).toEqual({ necessary: true, analytics: false, errors: true });
    await a.withdraw();
    expect(a.get()).toMatchObject({ action: 'withdraw', categories: { necessary: true, analytics: false, errors: false } });
    expect(ui.calls).toEqual([]);
  });

  it('fetches the UI at once when the visitor must be asked, and never when a valid choice is stored', async () => {
    const first = fakeUi();
    const a = createAssent(config, { env: env().env, loadUi: first.loadUi });
    await a.showBanner();
    expect(first.loadUi).toHaveBeenCalledOnce();
    expect(first.calls[0]).toBe('banner');
    a.acceptAll();
    const again = fakeUi();
    createAssent(config, { env: env().env, loadUi: again.loadUi });
    await Promise.resolve();
    expect(again.loadUi).not.toHaveBeenCalled();
  });

  it('opens views from data-assent-open elements, including ones added later, by click and keyboard', async () => {
    const ui = fakeUi();
    const before = createAssent(config, { env: env().env });
    before.rejectAll();
    before.destroy();
    const a = createAssent(config, { env: env().env, loadUi: ui.loadUi });
    const span = document.createElement('span');
    span.setAttribute('data-assent-open', 'policy');
    span.tabIndex = 0;
    document.body.append(span);
    span.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const link = document.createElement('a');
    link.href = '#';
    link.setAttribute('data-assent-open', 'preferences');
    document.body.append(link);
    link.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.calls).toEqual(['policy:', 'preferences']);
    a.destroy();
  });

  it('opens one dialog per activation with two instances on the page, even when a router prevented the default first', async () => {
    const before = createAssent(config, { env: env().env });
    before.rejectAll();
    before.destroy();
    const first = fakeUi();
    const second = fakeUi();
    const a = createAssent(config, { env: env().env, loadUi: first.loadUi });
    createAssent(config, { env: env().env, loadUi: second.loadUi }).destroy();
    const b = createAssent(config, { env: env().env, loadUi: second.loadUi });
    // An SPA router's listener on the link itself runs before the delegated ones on the document.
    document.body.innerHTML = '<a href="/settings" data-assent-open="preferences">Cookie settings</a><span data-assent-open="policy" tabindex="0"></span>';
    const link = document.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    document.querySelector('span')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect([...first.calls, ...second.calls]).toEqual(['preferences', 'policy:']);
    // The instance that answered is gone: the other answers now.
    a.destroy();
    link.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(second.calls).toEqual(['preferences']);
    b.destroy();
  });

  it('renders a policy element added after load, and leaves rendered ones alone', async () => {
    const ui = fakeUi();
    createAssent(config, { env: env().env }).rejectAll();
    const a = createAssent(config, { env: env().env, loadUi: ui.loadUi });
    const policy = document.createElement('div');
    policy.setAttribute('data-assent-policy', '');
    document.body.append(policy);
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.calls).toEqual(['inline']);
    policy.append(document.createElement('assent-policy'));
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.calls).toEqual(['inline']);
    a.destroy();
  });

  it.each([
    ['random bytes', '\u0007\u00ff%%\u0000;=garbage\u00e9'],
    ['a truncated value', 'TRUNCATED'],
    ['another format version', 'VERSION3'],
    ['4 KB of text', 'x'.repeat(4096)],
    ['a JSON prototype-pollution payload', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'],
  ])('treats a cookie holding %s as no choice, without throwing', (_, raw) => {
    const a = createAssent(config, { env: env().env });
    a.rejectAll();
    const valid = Cookies.get('orch_consent')!;
    const value = raw === 'TRUNCATED' ? valid.slice(0, 20) : raw === 'VERSION3' ? valid.replace(/^2\./, '3.') : raw;
    document.cookie = `orch_consent=${encodeURIComponent(value)}; path=/`;
    let b: ReturnType<typeof createAssent> | undefined;
    expect(() => (b = createAssent(config, { env: env().env }))).not.toThrow();
    expect(b!.get()).toBeNull();
    expect(b!.has('analytics')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).includes('polluted')).toBe(false);
  });

  it('keeps separate instances independent', () => {
    const a = createAssent({ ...config, cookie: { name: 'one' } }, { env: env().env });
    const b = createAssent({ ...config, cookie: { name: 'two' } }, { env: env().env });
    a.acceptAll();
    expect(b.get()).toBeNull();
    expect(b.has('analytics')).toBe(false);
  });

  it.each([
    ['a missing id', { categories: [{ required: true }] }, 'Assent: invalid config at "categories[0].id": expected a value, got nothing'],
    ['days: 1000', { ...config, cookie: { days: 1000 } }, 'Assent: invalid config at "cookie.days": expected a whole number of days from 1 to 395, got 1000'],
    ['a duplicate category', { ...config, categories: [...config.categories, { id: 'errors' }] }, 'Assent: invalid config at "categories[3].id": expected a unique category id, got "errors"'],
    ['a config that refers to itself', selfReferring(), 'Assent: invalid config at "ui": expected an object, got a circular reference'],
    ['revision: 1n', { ...config, revision: 1n }, 'Assent: invalid config at "revision": expected a whole number from 0 to 999999999, got 1n'],
  ])('fails closed on %s: one exact error, nothing granted, nothing shown, nothing thrown', async (_, bad, message) => {
    const { env: e, logs } = env();
    const ui = fakeUi();
    const a = createAssent(bad, { env: e, loadUi: ui.loadUi });
    expect(logs.error).toEqual([[message]]);
    void a.loadScript('https://cdn.example/x.js', 'analytics');
    expect(() => a.acceptAll()).not.toThrow();
    expect(a.has('analytics')).toBe(false);
    expect(a.get()).toBeNull();
    await a.showBanner();
    expect(ui.loadUi).not.toHaveBeenCalled();
    expect(document.querySelector('script[src="https://cdn.example/x.js"]')).toBeNull();
  });

  it('warns about a typo in a key and still starts', () => {
    const { env: e, logs } = env();
    const a = createAssent({ ...config, revison: 2 }, { env: e });
    expect(logs.warn).toEqual([['Assent: unknown config key "revison"; did you mean "revision"?']]);
    a.acceptAll();
    expect(a.has('analytics')).toBe(true);
  });

  it('warns at start about a gated tag whose category the config lacks', () => {
    document.body.innerHTML = '<script type="text/plain" data-assent="analytcs" src="/a.js"></script>';
    const { env: e, logs } = env();
    createAssent(config, { env: e });
    expect(logs.warn).toEqual([['Assent: data-assent="analytcs" names no category or service of the config.']]);
  });

  it('keeps the choice in memory, without throwing, when document.cookie throws', () => {
    const spy = vi.spyOn(Document.prototype, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const set = vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      const a = createAssent(config, { env: env().env });
      expect(a.get()).toBeNull();
      expect(() => a.acceptAll()).not.toThrow();
      expect(a.has('analytics')).toBe(true);
      expect(() => a.withdraw()).not.toThrow();
      expect(a.has('analytics')).toBe(false);
    } finally {
      spy.mockRestore();
      set.mockRestore();
    }
  });
});

/** The real interface, as the package loads it, so a test sees what a visitor would. */
const realUi = () => import('../ui/mount.js');
const settle = () => new Promise((done) => setTimeout(done, 50));

describe('an instance destroyed by the page', () => {
  it('draws nothing when destroyed in the tick it was created in, as a framework that mounts twice does', async () => {
    const a = createAssent(config, { env: env().env, loadUi: realUi });
    a.destroy();
    const b = createAssent(config, { env: env().env, loadUi: realUi });
    await vi.waitFor(() => expect(document.querySelectorAll('assent-ui')).toHaveLength(1));
    await settle();
    expect(document.querySelectorAll('assent-ui')).toHaveLength(1);
    b.destroy();
    await settle();
    expect(document.querySelector('assent-ui')).toBeNull();
  });

  it("never starts an SDK whose init the page defines after destroy(), however the page changes next", async () => {
    const withInit = { ...config, categories: [config.categories[0]!, { id: 'errors', services: [{ id: 'sentry', options: { init: 'initSentryLate' } }] }] };
    const { env: e } = env();
    const first = createAssent(withInit, { env: e });
    first.acceptAll();
    first.destroy();
    const w = window as unknown as { initSentryLate?: () => void };
    const started = vi.fn();
    try {
      // The next page view starts from the stored grant, before the app's bundle has defined the function.
      const a = createAssent(withInit, { env: e });
      w.initSentryLate = started;
      a.destroy();
      document.body.append(document.createElement('div'));
      await settle();
      expect(started).not.toHaveBeenCalled();
      // A live instance, by contrast, starts it at that change to the page.
      const b = createAssent(withInit, { env: e });
      delete w.initSentryLate;
      await settle();
      w.initSentryLate = started;
      document.body.append(document.createElement('div'));
      await vi.waitFor(() => expect(started).toHaveBeenCalledOnce());
      b.destroy();
    } finally {
      delete w.initSentryLate;
    }
  });

  it('refuses every call but the readings, naming each on the console, and records nothing', async () => {
    const { env: e, logs } = env();
    const ui = fakeUi();
    const a = createAssent(config, { env: e, loadUi: ui.loadUi });
    a.destroy();
    a.destroy();
    const heard = vi.fn();
    await a.acceptAll();
    await a.rejectAll();
    await a.set({ analytics: true });
    await a.withdraw();
    await a.showBanner();
    await a.showPreferences();
    await a.showPolicy();
    expect(a.on('change', heard)).toBeTypeOf('function');
    expect(a.onConsent('necessary', heard)).toBeTypeOf('function');
    const script = a.loadScript('/late.js', 'necessary');
    await settle();
    const names = 'acceptAll rejectAll set withdraw showBanner showPreferences showPolicy on onConsent loadScript'.split(' ');
    expect(logs.error).toEqual(names.map((n) => [`Assent: ${n}() did nothing; destroy() was called.`]));
    expect(heard).not.toHaveBeenCalled();
    expect(document.querySelector('script[src="/late.js"]')).toBeNull();
    await expect(Promise.race([script, 'pending'])).resolves.toBe('pending');
    expect(ui.calls.filter((c) => c !== 'destroy')).toEqual([]);
    expect(a.get()).toBeNull();
    expect(a.has('necessary')).toBe(true);
    expect(Cookies.get('orch_consent')).toBeUndefined();
  });
});

describe('a decision made through the API before the interface has loaded', () => {
  it('answers the banner, which is then never drawn; showBanner() still shows it', async () => {
    const ui = fakeUi();
    const a = createAssent(config, { env: env().env, loadUi: ui.loadUi });
    await a.rejectAll();
    await settle();
    expect(a.get()!.action).toBe('reject_all');
    expect(ui.loadUi).toHaveBeenCalledOnce();
    expect(ui.calls).toEqual([]);
    await a.showBanner();
    expect(ui.calls).toEqual(['banner']);
    a.destroy();
  });
});

describe('set() naming no category of the config', () => {
  it('changes nothing, and says so, rather than refusing every category', () => {
    const { env: e, logs } = env();
    const a = createAssent(config, { env: e });
    a.set({ Analytics: true });
    a.set({});
    expect(a.get()).toBeNull();
    expect(logs.warn).toEqual([['Assent: set() ignores unknown category "Analytics".']]);
    expect(logs.error).toEqual(Array(2).fill(['Assent: set() names no category of this config; nothing changed.']));
    a.set({ Analytics: true, analytics: true });
    expect(a.get()!.categories).toEqual({ necessary: true, analytics: true, errors: false });
  });
});

describe('an interface chunk that failed to load', () => {
  it('is fetched again on the next request, so a later "Cookie settings" still opens', async () => {
    createAssent(config, { env: env().env }).rejectAll();
    const { env: e, logs } = env();
    const ui = fakeUi();
    const loadUi = vi.fn(ui.loadUi).mockRejectedValueOnce(new Error('404 after a deploy'));
    const a = createAssent(config, { env: e, loadUi });
    await a.showPreferences();
    expect(logs.error.map(([m]) => m)).toEqual(['Assent: could not load its interface']);
    await a.showPreferences();
    expect(loadUi).toHaveBeenCalledTimes(2);
    expect(ui.calls).toEqual(['preferences']);
    await a.showPolicy();
    expect(loadUi).toHaveBeenCalledTimes(2);
    a.destroy();
  });
});

describe('arguments of the wrong type from plain JavaScript', () => {
  type Loose = Record<'on' | 'onConsent' | 'loadScript', (...args: unknown[]) => unknown>;

  it('loadScript() rejects, naming itself, without a category, or with attributes that are not an object (an array included)', async () => {
    const a = createAssent(config, { env: env().env });
    a.acceptAll();
    const api = a as unknown as Loose;
    const message = 'Assent: loadScript() takes a URL, a category and optional attributes';
    await expect(api.loadScript('/x.js')).rejects.toThrow(new TypeError(message));
    await expect(api.loadScript('/x.js', 42)).rejects.toThrow(message);
    await expect(api.loadScript('/x.js', 'analytics', 'attrs')).rejects.toThrow(message);
    await expect(api.loadScript('/x.js', 'analytics', ['data-id'])).rejects.toThrow(message);
    expect(document.querySelector('script[src="/x.js"]')).toBeNull();
    a.destroy();
  });

  it('on() and onConsent() refuse at once, naming themselves, and give an unsubscribe that does nothing', () => {
    const { env: e, logs } = env();
    const a = createAssent(config, { env: e });
    const api = a as unknown as Loose;
    const heard = vi.fn();
    const offs = [api.on('consent', heard), api.on('change', 'notfn'), api.onConsent('analytics', 'str'), api.onConsent(42, heard)];
    for (const off of offs) expect(off).toBeTypeOf('function');
    expect(logs.error).toEqual([
      ["Assent: on() did nothing; it takes 'change' and a function."],
      ["Assent: on() did nothing; it takes 'change' and a function."],
      ['Assent: onConsent() did nothing; it takes a category and a function.'],
      ['Assent: onConsent() did nothing; it takes a category and a function.'],
    ]);
    a.acceptAll();
    expect(heard).not.toHaveBeenCalled();
    expect(logs.error).toHaveLength(4);
    a.destroy();
  });
});
