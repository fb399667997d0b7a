import { describe, expect, it } from 'vitest';
import { ownData } from './own-data.js';
import { urlOptions } from './preset-options.js';
import { recipeIds } from './preset-recipes.js';
import { presetIds, withPreset } from './presets.js';
import { validateConfig } from './validate-config.js';
import type { ServiceConfig } from './types.js';

const names = (entries: unknown[] | undefined) => entries?.map((e) => (typeof e === 'string' ? e : (e as { name: string }).name));

describe('vendor presets', () => {
  it('loads nothing, and throws nothing, for a project id no URL can carry', () => {
    expect(withPreset({ id: 'clarity', preset: 'clarity', options: { projectId: '\ud800' } })).not.toHaveProperty('src');
  });

  it("reads a preset's hooks and script address from the config alone, never from a polluted Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.consent = ['eval', 'window.ran = 1'];
    proto.src = 'https://attacker.example/x.js';
    proto.init = 'eval';
    try {
      // The config arrives as `ownData` makes it, without prototypes.
      const sentry = withPreset(ownData({ id: 'sentry', preset: 'sentry', options: {} }) as ServiceConfig);
      const options = sentry.options as Record<string, unknown>;
      expect(sentry.src).toBeUndefined();
      expect(options.consent).toBeUndefined();
      expect(options.init).toBeUndefined();
      expect(options.close).toBe('Sentry.close');
      const clarity = withPreset(ownData({ id: 'clarity', preset: 'clarity', options: { projectId: 'abc123' } }) as ServiceConfig);
      expect(clarity.src).toBe('https://www.clarity.ms/tag/abc123');
    } finally {
      delete proto.consent;
      delete proto.src;
      delete proto.init;
    }
  });

  it('have a recipe for every preset the config accepts, and nothing else', () => {
    expect([...recipeIds].sort()).toEqual([...presetIds].sort());
  });

  it('fills a Clarity service: its script for the project, its seven cookies and its consent call', () => {
    const s = withPreset({ id: 'clarity', preset: 'clarity', options: { projectId: 'abc123' } });
    expect(s.src).toBe('https://www.clarity.ms/tag/abc123');
    expect(names(s.cookies)).toEqual(['_clck', '_clsk', 'CLID', 'ANONCHK', 'MR', 'MUID', 'SM']);
    // Durations in ISO 8601 (or `session`), which the interface writes out in the visitor's language.
    expect(s.cookies!.map((c) => typeof c === 'object' && c.duration)).toEqual(['P1Y', 'P1D', 'P1Y', 'PT10M', 'P7D', 'P1Y', 'session']);
    expect(s.provider).toBe('Microsoft');
    expect(s.options).toMatchObject({
      projectId: 'abc123',
      queue: true,
      consent: ['clarity', 'consentv2', { ad_Storage: '{consent:marketing}', analytics_Storage: '{consent}' }],
    });
  });

  it('lets the service override the script, the texts and the options it sets itself', () => {
    const s = withPreset({
      id: 'clarity',
      preset: 'clarity',
      name: 'Session replays',
      src: '/vendor/clarity.js',
      cookies: ['_clck'],
      options: { projectId: 'abc', queue: false },
    });
    expect(s).toMatchObject({ name: 'Session replays', src: '/vendor/clarity.js', cookies: ['_clck'] });
    expect(s.options).toMatchObject({ queue: false, consent: ['clarity', 'consentv2', expect.any(Object)] });
    expect(withPreset({ id: 'c', preset: 'clarity', options: { projectId: 'a', src: '/stub.js' } }).src).toBe('/stub.js');
  });

  it('loads nothing while an option the URL needs is missing, instead of a broken URL', () => {
    expect(withPreset({ id: 'clarity', preset: 'clarity' })).not.toHaveProperty('src');
    expect(withPreset({ id: 'sentry', preset: 'sentry', options: { init: 'initSentry' } })).not.toHaveProperty('src');
  });

  it('escapes the project id into the URL', () => {
    expect(withPreset({ id: 'c', preset: 'clarity', options: { projectId: '../x?y' } }).src).toBe(
      'https://www.clarity.ms/tag/..%2Fx%3Fy',
    );
  });

  it("fills Sentry: the loader for a public key, Replay's storage key, and closing on revoke", () => {
    const s = withPreset({ id: 'sentry', preset: 'sentry', options: { publicKey: 'k1' } });
    expect(s.src).toBe('https://js.sentry-cdn.com/k1.min.js');
    expect(s.localStorage).toContain('sentryReplaySession');
    expect(s.sessionStorage).toContainEqual({ name: 'sentryReplaySession', duration: 'session' });
    expect(s.options).toMatchObject({ close: 'Sentry.close' });
  });

  it('returns a service without a known preset as it is', () => {
    const plain = { id: 'x', src: '/x.js' };
    expect(withPreset(plain)).toBe(plain);
    // A config is JSON, so a name the types rule out can still arrive.
    const unknown = { id: 'y', preset: 'nope' } as unknown as ServiceConfig;
    expect(withPreset(unknown)).toBe(unknown);
  });

  it('produces services the config validator accepts without warnings', () => {
    const result = validateConfig({
      categories: [{ id: 'analytics', services: presetIds.map((p) => withPreset({ id: p, preset: p, options: { [urlOptions[p]]: 'a' } })) }],
    });
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});
