// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checksum } from './checksum.js';
import { decodeConsent, encodeConsent } from './consent-codec.js';
import type { ConsentRecord } from './types.js';

const record: ConsentRecord = {
  id: 'k3j9x0a2b8c4',
  revision: 3,
  timestamp: Date.UTC(2026, 10, 23, 12, 30),
  action: 'custom',
  source: 'preferences',
  categories: { necessary: true, preferences: false, analytics: true, errors: false, marketing: false },
  config: 'x1y2z3',
};

describe('the consent cookie value', () => {
  it('round-trips every field', () => {
    expect(decodeConsent(encodeConsent(record))).toEqual(record);
  });

  it("rejects a category no config could name, which would hide the object's own methods", () => {
    const body = '2.abcdefgh.1.1.ab.0.analytics:1+hasOwnProperty:1';
    expect(decodeConsent(body + '.' + checksum(body))).toBeNull();
  });

  it.each(['banner', 'preferences', 'embed', 'api', 'gpc'] as const)('keeps the source %s apart from every other', (source) => {
    for (const action of ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'] as const) {
      expect(decodeConsent(encodeConsent({ ...record, action, source }))).toMatchObject({ action, source });
    }
  });

  it('keeps the rules a choice was made under, and reads a value stored without them', () => {
    for (const mode of ['opt-in', 'opt-out', 'notice'] as const) {
      expect(decodeConsent(encodeConsent({ ...record, mode }))).toEqual({ ...record, mode });
    }
    const before = '2.k3j9x0a2b8c4.1.3.cp.x1y2z3.necessary:1';
    const decoded = decodeConsent(before + '.' + checksum(before));
    expect(decoded).toMatchObject({ action: 'custom', source: 'preferences' });
    expect(decoded?.mode).toBeUndefined();
  });

  it('stays under 200 bytes for five categories, even once URI-encoded', () => {
    const value = encodeConsent({ ...record, id: 'a'.repeat(16), revision: 999999 });
    expect(encodeURIComponent(value).length).toBeLessThan(200);
    expect(value).toMatch(/^2\./);
  });

  it('uses only characters a cookie value can carry unencoded', () => {
    expect(encodeConsent(record)).toMatch(/^[A-Za-z0-9.:+_-]+$/);
  });

  it('reads a value that a server received percent-encoded', () => {
    expect(decodeConsent(encodeURIComponent(encodeConsent(record)))).toEqual(record);
  });

  it('rejects a value whose category was flipped by hand', () => {
    const edited = encodeConsent(record).replace('analytics:1', 'analytics:0');
    expect(decodeConsent(edited)).toBeNull();
  });

  it('rejects another format version', () => {
    expect(decodeConsent(encodeConsent(record).replace(/^2\./, '1.'))).toBeNull();
    expect(decodeConsent(encodeConsent(record).replace(/^2\./, '3.'))).toBeNull();
  });

  it('rejects a value naming the same category twice', () => {
    const body = '2.abcdefgh.1.1.ab.0.analytics:1+analytics:0';
    // An intact check, so only the repeated category can be what is refused.
    expect(decodeConsent(body + '.' + checksum(body))).toBeNull();
    const once = '2.abcdefgh.1.1.ab.0.analytics:1';
    expect(decodeConsent(once + '.' + checksum(once))).not.toBeNull();
  });

  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['a truncated value', encodeConsent(record).slice(0, 30)],
    ['4 KB of text', 'x'.repeat(4096)],
    ['broken percent-encoding', '%E0%A4%A'],
    ['a JSON prototype-pollution payload', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'],
  ])('treats %s as no choice', (_, value) => {
    expect(decodeConsent(value)).toBeNull();
  });

  it('treats random bytes as no choice without throwing or touching Object.prototype', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const bytes = Array.from({ length: next() % 300 }, () => String.fromCharCode(next() % 256)).join('');
      expect(decodeConsent(bytes)).toBeNull();
    }
    const valid = encodeConsent(record);
    for (let i = 0; i < valid.length; i++) {
      const mutated = valid.slice(0, i) + String.fromCharCode((valid.charCodeAt(i) + 1) % 128) + valid.slice(i + 1);
      expect(decodeConsent(mutated)).toBeNull();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
