// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encodeConsent } from '../core/consent-codec.js';
import { parseConsentCookie } from '../server.js';
import { renewConsentCookie } from './renew-consent-cookie.js';

const DAY = 864e5;
const madeAt = Date.UTC(2026, 0, 1);
const value = encodeConsent({
  id: 'abcdefgh1234',
  revision: 3,
  timestamp: madeAt,
  action: 'reject_all',
  source: 'banner',
  categories: { necessary: true, analytics: false },
});

describe('renewConsentCookie', () => {
  it('stores the same choice again from the server, expiring when the choice does', () => {
    const header = renewConsentCookie(value, { name: 'orch_consent', days: 365, now: madeAt + 100 * DAY })!;
    expect(header).toBe(`orch_consent=${value}; Path=/; Max-Age=${265 * 86400}; SameSite=Lax; Secure`);
    expect(parseConsentCookie(header.split('; ')[0]!.split('=')[1])).toMatchObject({ action: 'reject_all', timestamp: madeAt });
  });

  it('takes the value as the Cookie header has it, encoded or not, and the config’s domain', () => {
    const header = renewConsentCookie(encodeURIComponent(value), { domain: '.example.com', secure: false, now: madeAt })!;
    expect(header).toBe(`assent=${value}; Path=/; Max-Age=${365 * 86400}; SameSite=Lax; Domain=.example.com`);
  });

  it('sends nothing for a missing, edited, expired or future-dated value', () => {
    expect(renewConsentCookie(undefined)).toBeNull();
    expect(renewConsentCookie('')).toBeNull();
    expect(renewConsentCookie(value.replace('analytics:0', 'analytics:1'), { now: madeAt })).toBeNull();
    expect(renewConsentCookie(value, { days: 30, now: madeAt + 31 * DAY })).toBeNull();
    expect(renewConsentCookie(value, { now: madeAt - 2 * DAY })).toBeNull();
  });

  it('refuses options that would write a broken header, naming what was expected', () => {
    expect(() => renewConsentCookie(value, { name: 'a b' })).toThrow('"a b" is not a cookie name (RFC 6265 token)');
    expect(() => renewConsentCookie(value, { days: 400 })).toThrow('days must be a whole number from 1 to 395, got 400');
    expect(() => renewConsentCookie(value, { domain: 'x; Path=/admin' })).toThrow('"x; Path=/admin" is not a domain');
    // The domains the config check refuses, which the browser would refuse too.
    for (const domain of ['example..com', 'example.com.', '.', 'exa_mple.com']) {
      expect(() => renewConsentCookie(value, { domain })).toThrow(`"${domain}" is not a domain`);
    }
    expect(renewConsentCookie(value, { domain: '.app.example.com' })).toContain('Domain=.app.example.com');
    expect(() => renewConsentCookie(value, 'orch_consent' as never)).toThrow(new TypeError('renewConsentCookie: the second argument is the cookie settings, like config.cookie.'));
    // No settings at all are the defaults, as when the argument is left out.
    expect(renewConsentCookie(value, null as never)).toBe(renewConsentCookie(value));
  });
});
