import { configFingerprint } from '../core/config-fingerprint.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsentState } from '../core/consent-state.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { gateModel } from '../core/gate-model.js';
import { recordCookieWrites } from '../storage/cookie-writes.js';
import { attachActions } from './engine-actions.js';

const config = {
  cookie: { name: 'engine_consent', days: 180 },
  categories: [{ id: 'necessary', required: true }, { id: 'analytics' }],
};

/**
 * Every value of the consent cookie the page writes while `fn` runs, leaving out the removals of other copies that
 * come before it; the writes still reach the cookie jar.
 */
function cookieWrites(fn: () => void): string[] {
  const w = recordCookieWrites();
  try {
    fn();
  } finally {
    w.restore();
  }
  return w.seen.filter((c) => c.startsWith('engine_consent=') && !c.startsWith('engine_consent=;'));
}

/** The engine on a page served over `protocol`, with the real document (so the consent cookie is the real one). */
function engineOn(protocol: string) {
  const { env } = fakeEnvironment();
  const win = { location: { protocol, reload: () => {} } } as unknown as Window & typeof globalThis;
  const state = createConsentState(gateModel(config), null, env.console);
  const actions = attachActions(config, state, { env: { ...env, window: win, document, navigator: {} as Navigator }, base: gateModel(config), fingerprint: configFingerprint(config) });
  expect(actions).toBeDefined();
  return actions!;
}

const attributes = (cookie: string) => cookie.split('; ').slice(1).map((a) => a.toLowerCase().split('=')[0]);

afterEach(() => {
  document.cookie = 'engine_consent=; Max-Age=0; path=/';
});

describe('the consent cookie the engine writes', () => {
  it('is Secure when the page is served over https', () => {
    const actions = engineOn('https:');
    const writes = cookieWrites(() => actions.acceptAll());
    expect(writes).toHaveLength(1);
    expect(attributes(writes[0]!)).toContain('secure');
    expect(attributes(writes[0]!)).toEqual(expect.arrayContaining(['path', 'samesite', 'expires']));
  });

  it('is not Secure on plain http, where a browser would refuse to store it', () => {
    const actions = engineOn('http:');
    const writes = cookieWrites(() => actions.rejectAll());
    expect(writes).toHaveLength(1);
    expect(attributes(writes[0]!)).not.toContain('secure');
    expect(attributes(writes[0]!)).toEqual(expect.arrayContaining(['path', 'samesite', 'expires']));
  });
});
