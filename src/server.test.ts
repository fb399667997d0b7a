// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checksum } from './core/checksum.js';
import { encodeConsent } from './core/consent-codec.js';
import { VERSION } from './core/version.js';
import { configFingerprint as fingerprintOf } from './core/config-fingerprint.js';
import { ownData } from './core/own-data.js';
import { decisionMeta } from './ui/decision-meta.js';
import { configFingerprint, isConsentCurrent, parseConsentCookie, textHash } from './server.js';

describe('parseConsentCookie', () => {
  it('reads a value without any DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const value = encodeConsent({
      id: 'abcdefgh1234',
      revision: 2,
      timestamp: 1,
      action: 'reject_all',
      source: 'banner',
      categories: { necessary: true, analytics: false },
    });
    expect(parseConsentCookie(value)?.categories).toEqual({ necessary: true, analytics: false });
  });

  it("returns null for a value whose categories no config could have, which would hide the object's own methods", () => {
    const value = encodeConsent({ id: 'abcdefgh1234', revision: 1, timestamp: 1, action: 'custom', source: 'api', categories: { necessary: true, hasOwnProperty: true } });
    expect(parseConsentCookie(value)).toBeNull();
  });

  it('returns null for a missing or foreign value', () => {
    expect(parseConsentCookie(undefined)).toBeNull();
    expect(parseConsentCookie(null)).toBeNull();
    expect(parseConsentCookie('GA1.2.3')).toBeNull();
  });

  it("reads the README's sample value as the README explains it", () => {
    const readme = readFileSync('README.md', 'utf8');
    const sample = /## Cookie format[\s\S]*?```\n(\S+)\n/.exec(readme)![1];
    expect(parseConsentCookie(sample)).toEqual({
      id: 'k3j9x0a2b8c4',
      timestamp: parseInt('mwt2ei80', 36),
      revision: 3,
      action: 'custom',
      source: 'preferences',
      mode: 'opt-in',
      config: '1kq3v0x',
      categories: { necessary: true, analytics: true, errors: false },
    });
  });

  it('records the same version as package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('isConsentCurrent', () => {
  const config = {
    revision: 3,
    cookie: { days: 30 },
    regions: { 'US-CA': 'opt-out', default: 'opt-in' },
    categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'ads', saleOrShare: true }],
  };
  const now = Date.UTC(2026, 10, 24);
  const choice = (o: Partial<Parameters<typeof encodeConsent>[0]> = {}) =>
    parseConsentCookie(
      encodeConsent({
        id: 'abcdefgh1234',
        revision: 3,
        timestamp: now - 864e5,
        action: 'custom',
        source: 'preferences',
        categories: { necessary: true, analytics: true, ads: false },
        mode: 'opt-in',
        ...o,
      }),
    );

  it('holds a choice the browser would trust, made under the rules of the region', () => {
    expect(isConsentCurrent(choice(), config, { region: 'FR', now })).toBe(true);
    expect(isConsentCurrent(choice({ mode: 'opt-out' }), config, { region: 'US-CA', now })).toBe(true);
  });

  it("refuses what the browser would ask again about: an opt-out choice under opt-in rules, another revision, an expired or future date, a category it doesn't answer", () => {
    expect(isConsentCurrent(choice({ mode: 'opt-out' }), config, { region: 'FR', now })).toBe(false);
    expect(isConsentCurrent(choice({ revision: 2 }), config, { region: 'FR', now })).toBe(false);
    expect(isConsentCurrent(choice({ timestamp: now - 31 * 864e5 }), config, { region: 'FR', now })).toBe(false);
    expect(isConsentCurrent(choice({ timestamp: now + 3 * 864e5 }), config, { region: 'FR', now })).toBe(false);
    expect(isConsentCurrent(choice({ categories: { necessary: true, analytics: true } }), config, { region: 'FR', now })).toBe(false);
    expect(isConsentCurrent(null, config, { now })).toBe(false);
  });

  it('keeps a refusal made under opt-out rules where opt-in rules apply', () => {
    const refusal = choice({ mode: 'opt-out', categories: { necessary: true, analytics: false, ads: false } });
    expect(isConsentCurrent(refusal, config, { region: 'FR', now })).toBe(true);
  });

  it('follows Global Privacy Control as the browser does: under opt-out rules it overrides a choice that still sells or shares', () => {
    const selling = choice({ mode: 'opt-out', categories: { necessary: true, analytics: true, ads: true } });
    expect(isConsentCurrent(selling, config, { region: 'US-CA', now })).toBe(true);
    expect(isConsentCurrent(selling, config, { region: 'US-CA', now, gpc: true })).toBe(false);
    // A choice that already opted out stands, and under opt-in rules the signal changes nothing.
    const optedOut = choice({ mode: 'opt-out', categories: { necessary: true, analytics: true, ads: false } });
    expect(isConsentCurrent(optedOut, config, { region: 'US-CA', now, gpc: true })).toBe(true);
    const consent = choice({ categories: { necessary: true, analytics: true, ads: true } });
    expect(isConsentCurrent(consent, config, { region: 'FR', now, gpc: true })).toBe(true);
  });

  it('throws the config error Assent itself would give for a config it would refuse', () => {
    expect(() => isConsentCurrent(choice(), { categories: 'all' })).toThrow(/categories/);
  });
});

describe('configFingerprint', () => {
  const config = { revision: 3, categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'clarity' }] }] };

  it('gives one config, in one region, the same fingerprint every time, and a new one when a vendor is added', () => {
    expect(configFingerprint(structuredClone(config), 'FR')).toBe(configFingerprint(config, 'FR'));
    const added = { ...config, categories: [...config.categories, { id: 'marketing', services: [{ id: 'broker' }] }] };
    expect(configFingerprint(added, 'FR')).not.toBe(configFingerprint(config, 'FR'));
    expect(configFingerprint(config, 'US-CA')).not.toBe(configFingerprint(config, 'FR'));
  });

  it('reads the region as the rules do, so a page stamping data-region=" us-ca " matches a log keyed by US-CA', () => {
    expect(fingerprintOf(ownData(config), ' us-ca ')).toBe(configFingerprint(config, 'US-CA'));
    expect(configFingerprint(config, 'us-ca')).toBe(configFingerprint(config, 'US-CA'));
    // Unchanged for a region already written as the rules read it, and for none: stored choices still match.
    expect(configFingerprint(config, 'US-CA')).toBe(checksum(`${VERSION}|US-CA|${JSON.stringify(config)}`));
    expect(configFingerprint(config)).toBe(checksum(`${VERSION}||${JSON.stringify(config)}`));
  });

  it('gives a config that refers back to itself the fingerprint its records carry from the browser', () => {
    const cyclic: Record<string, unknown> = { ...config };
    cyclic.note = cyclic;
    expect(configFingerprint(cyclic, 'FR')).toBe(fingerprintOf(ownData(cyclic), 'FR'));
    expect(configFingerprint(cyclic, 'FR')).not.toBe('.');
  });
});

describe('textHash', () => {
  it("checks a proof record's texts against its hash, as the interface made them, and catches a changed word", () => {
    const record = decisionMeta('en', ['Cookies on this site', 'We use cookies…', 'Accept all', 'Reject all', 'Customise']);
    expect(textHash(record.texts!)).toBe(record.textHash);
    expect(textHash(['Cookies on this site', 'We use cookies…', 'Accept all', 'Reject all', 'Customize'])).not.toBe(record.textHash);
  });
});
