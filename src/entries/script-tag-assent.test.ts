import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assent } from './assent-api.js';
import { CIRCULAR } from '../core/own-data.js';
import { scriptTagAssent } from './script-tag-assent.js';

const tag = (attrs: Record<string, string> = {}) => {
  const s = document.createElement('script');
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  return s;
};
const instance = () => ({ get: vi.fn(() => null), acceptAll: vi.fn(async () => {}) }) as unknown as Assent;

afterEach(() => {
  document.head.innerHTML = '';
  vi.restoreAllMocks();
});

describe('window.Assent', () => {
  it('starts from the JSON config block, with the region of the script tag', () => {
    document.head.innerHTML = '<script type="application/json" id="assent-config">{"categories":[]}</script>';
    const create = vi.fn(instance);
    const api = scriptTagAssent(document, tag({ 'data-region': 'US-CA' }), create);
    expect(create).toHaveBeenCalledWith({ categories: [] }, 'US-CA');
    void api.acceptAll();
    expect(create.mock.results[0]!.value.acceptAll).toHaveBeenCalledTimes(1);
  });

  it('hands over a copy of the config that a polluted Object.prototype cannot speak for', () => {
    document.head.innerHTML = '<script type="application/json" id="assent-config">{"categories":[{"id":"analytics"}]}</script>';
    const create = vi.fn(instance);
    scriptTagAssent(document, tag(), create);
    const config = (create.mock.calls[0] as unknown[])[0] as { categories: object[] };
    expect(Object.getPrototypeOf(config)).toBeNull();
    expect(Object.getPrototypeOf(config.categories[0])).toBeNull();
  });

  it('starts nothing when the page holds two config blocks, or one without the nonce of assent.js', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const create = vi.fn(instance);
    const block = '<script type="application/json" id="assent-config">{"categories":[]}</script>';
    // Injected markup first, the site's block after it.
    document.head.innerHTML = '<div id="assent-config">{"categories":[{"id":"analytics","required":true}]}</div>' + block;
    scriptTagAssent(document, tag(), create);
    document.head.innerHTML = block;
    const own = tag();
    own.nonce = 'r4nd0m';
    scriptTagAssent(document, own, create);
    expect(create).not.toHaveBeenCalled();
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      'Assent: the page has more than one id="assent-config", or one without the nonce of assent.js; nothing gated will run.',
      'Assent: the page has more than one id="assent-config", or one without the nonce of assent.js; nothing gated will run.',
    ]);
    // The site's block with the nonce starts.
    (document.getElementById('assent-config') as HTMLScriptElement).nonce = 'r4nd0m';
    scriptTagAssent(document, own, create);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('says how to give it a config when there is none, or what is wrong when it is not JSON, and starts nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const create = vi.fn(instance);
    scriptTagAssent(document, tag(), create);
    document.head.innerHTML = '<script type="application/json" id="assent-config">{categories: []}</script>';
    scriptTagAssent(document, tag(), create);
    expect(create).not.toHaveBeenCalled();
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      'Assent: no config. Put the config as JSON in <script type="application/json" id="assent-config"> before assent.js, or add data-manual and call Assent.init(config).',
      'Assent: the config in <script id="assent-config"> is not valid JSON.',
    ]);
    expect(error.mock.calls[1]![1]).toBeInstanceOf(SyntaxError);
  });

  it('names the call that did nothing, and the missing config as the reason, when the page has none', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = scriptTagAssent(document, tag(), vi.fn(instance));
    error.mockClear();
    await expect(api.acceptAll()).resolves.toBeUndefined();
    expect(api.get()).toBeNull();
    expect(error.mock.calls).toEqual([
      ['Assent: acceptAll() did nothing; it has no config (see the first error).'],
      ['Assent: get() did nothing; it has no config (see the first error).'],
    ]);
  });

  it('waits for init() with data-manual, answering as undecided and refusing calls until then', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const create = vi.fn(instance);
    const api = scriptTagAssent(document, tag({ 'data-manual': '' }), create);
    expect(api.get()).toBeNull();
    expect(api.has('analytics')).toBe(false);
    expect(typeof api.on('change', () => {})).toBe('function');
    await expect(api.acceptAll()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('Assent: acceptAll() did nothing; call Assent.init(config) first.');
    api.init({ categories: [] });
    api.init({ categories: [] });
    expect(create).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    void api.acceptAll();
    expect(create.mock.results[0]!.value.acceptAll).toHaveBeenCalledTimes(1);
  });

  it('throws nothing back at a page whose init() config cannot be read, and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const create = vi.fn(instance);
    const api = scriptTagAssent(document, tag({ 'data-manual': '' }), create);
    const unreadable = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(() => api.init(unreadable)).not.toThrow();
    expect(create).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith('Assent: could not start', new Error('no keys'));
    await expect(api.acceptAll()).resolves.toBeUndefined();
    expect(error).toHaveBeenLastCalledWith('Assent: acceptAll() did nothing; it has no config (see the first error).');
  });

  it('hands a config that refers to itself over with a marker in its place, for the config check to name', () => {
    const create = vi.fn(instance);
    const api = scriptTagAssent(document, tag({ 'data-manual': '' }), create);
    const config: Record<string, unknown> = { categories: [] };
    config.ui = config;
    expect(() => api.init(config)).not.toThrow();
    expect((create.mock.calls[0] as unknown[])[0]).toEqual({ categories: [], ui: CIRCULAR });
  });

  it('never settles a loadScript() refused before init(), so nothing starts on a script that was never requested', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = scriptTagAssent(document, tag({ 'data-manual': '' }), vi.fn(instance));
    const started = vi.fn();
    const failed = vi.fn();
    api.loadScript('/tracker.js', 'analytics').then(started, failed);
    // A decision or a view refused before init() is over, having done nothing.
    await expect(api.showPreferences()).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    expect(started).not.toHaveBeenCalled();
    expect(failed).not.toHaveBeenCalled();
    expect(document.querySelector('script[src="/tracker.js"]')).toBeNull();
    expect(error).toHaveBeenCalledWith('Assent: loadScript() did nothing; call Assent.init(config) first.');
  });
});
