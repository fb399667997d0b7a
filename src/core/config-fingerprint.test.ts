// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { configFingerprint } from './config-fingerprint.js';
import { ownData } from './own-data.js';

const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] };

describe('the config fingerprint', () => {
  it('is the same for the same config and region, and fits the cookie value', () => {
    expect(configFingerprint(config, 'FR')).toBe(configFingerprint(structuredClone(config), 'FR'));
    expect(configFingerprint(config)).toMatch(/^[a-z0-9]{1,7}$/);
  });

  it('changes with any change to the config, and with the region', () => {
    const base = configFingerprint(config);
    expect(configFingerprint({ ...config, ui: { layout: 'box' } })).not.toBe(base);
    expect(configFingerprint(config, 'US-CA')).not.toBe(base);
  });

  it('tells a config that refers back to itself from the same config without that key', () => {
    const cyclic: Record<string, unknown> = { ...config };
    cyclic.googleConsentMode = cyclic;
    expect(configFingerprint(ownData(cyclic))).not.toBe(configFingerprint(ownData(config)));
    expect(configFingerprint(ownData(cyclic))).toBe(configFingerprint(ownData(cyclic)));
  });

  it('gives a value no cookie can hold, instead of throwing, for a config JSON cannot encode', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(configFingerprint(cyclic)).toBe('.');
  });
});
