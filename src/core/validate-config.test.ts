// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeConsent, encodeConsent } from './consent-codec.js';
import { validateConfig } from './validate-config.js';

const base = {
  cookie: { name: 'orch_consent', days: 365 },
  revision: 1,
  categories: [
    { id: 'necessary', required: true },
    { id: 'analytics', services: [{ id: 'clarity', cookies: ['_clck', '_clsk', 'CLID', '/^_cl/'] }] },
    { id: 'errors', services: [{ id: 'sentry', localStorage: ['sentryReplaySession'] }] },
  ],
};

const errorOf = (config: unknown) => {
  const r = validateConfig(config);
  return r.ok ? undefined : r.error;
};

describe('validateConfig', () => {
  it('accepts the reference config and fills defaults', () => {
    const r = validateConfig({ categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.cookie).toEqual({ name: 'assent', days: 365 });
    expect(r.model.revision).toBe(1);
    expect(r.model.mode).toBe('opt-in');
  });

  it('turns /regex/ cookie names into patterns', () => {
    const r = validateConfig(base);
    if (!r.ok) throw new Error(r.error);
    const cookies = r.model.categories[1]!.services[0]!.cookies;
    expect(cookies[3]!.pattern!.test('_clx')).toBe(true);
    expect(cookies[0]!.pattern).toBeUndefined();
  });

  it('drops the g and y flags of a /regex/ cookie name, which would make every other test miss', () => {
    const r = validateConfig({ categories: [{ id: 'analytics', services: [{ id: 'x', cookies: ['/^_cl/gi'] }] }] });
    if (!r.ok) throw new Error(r.error);
    const pattern = r.model.categories[0]!.services[0]!.cookies[0]!.pattern!;
    expect([pattern.test('_clck'), pattern.test('_CLSK'), pattern.test('_clid')]).toEqual([true, true, true]);
    expect(pattern.flags).toBe('i');
  });

  it('names the key path of a missing category id', () => {
    expect(errorOf({ categories: [{ id: 'necessary' }, { required: false }] })).toBe(
      'Assent: invalid config at "categories[1].id": expected a value, got nothing',
    );
  });

  it('takes the policy dates only in the ISO form, which no language reads another way', () => {
    const policy = (p: object) => ({ ...base, ui: { policy: p } });
    expect(errorOf(policy({ updated: '10.04.2026' }))).toBe(
      'Assent: invalid config at "ui.policy.updated": expected an ISO 8601 date such as "2026-04-10", got "10.04.2026"',
    );
    expect(errorOf(policy({ pending: { effective: '2026-13-01', summary: 'New' } }))).toBe(
      'Assent: invalid config at "ui.policy.pending.effective": expected an ISO 8601 date such as "2026-04-10", got "2026-13-01"',
    );
    expect(errorOf(policy({ updated: '2026-04-10', pending: { effective: '2026-12-07', summary: 'New' } }))).toBeUndefined();
  });

  it('refuses a policy date that names a day no calendar has, which would be shown as another day', () => {
    const policy = (p: object) => ({ ...base, ui: { policy: p } });
    for (const date of ['2026-02-30', '2026-04-31', '2025-02-29', '2026-00-10', '2026-04-00']) {
      expect(errorOf(policy({ updated: date })), date).toBe(
        `Assent: invalid config at "ui.policy.updated": expected an ISO 8601 date such as "2026-04-10", got "${date}"`,
      );
    }
    expect(errorOf(policy({ updated: '2028-02-29', pending: { effective: '2026-12-31' } }))).toBeUndefined();
  });

  it('takes a duration the cookie table writes out, several amounts included, or any text shown as written', () => {
    const durations = ['P1Y6M', 'P1DT12H', 'PT1H30M', 'P0D', 'session', '13 months', { en: '1 year', 'pt-BR': '1 ano' }];
    const cookies = durations.map((duration, i) => ({ name: `c${i}`, duration }));
    const r = validateConfig({ categories: [{ id: 'analytics', services: [{ id: 'x', cookies }] }] });
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('refuses a cookie lifetime over 13 months', () => {
    expect(errorOf({ ...base, cookie: { days: 396 } })).toBe(
      'Assent: invalid config at "cookie.days": expected a whole number of days from 1 to 395, got 396',
    );
    expect(errorOf({ ...base, cookie: { days: 395 } })).toBeUndefined();
  });

  it('refuses a config without categories: there would be nothing to ask about', () => {
    expect(errorOf({ categories: [] })).toBe('Assent: invalid config at "categories": expected from 1 to 64 categories, got []');
  });

  it('refuses more categories than the consent cookie holds a choice over, which would never be read back', () => {
    const categories = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, required: i === 0 }));
    expect(errorOf({ categories: categories(65) })).toBe('Assent: invalid config at "categories": expected from 1 to 64 categories, got 65');
    expect(errorOf({ categories: categories(64) })).toBeUndefined();
    // The largest config it takes: a choice over every category is stored and read back.
    const all = Object.fromEntries(categories(64).map((c) => [c.id, true]));
    const value = encodeConsent({ id: 'abcdefgh1234', revision: 1, timestamp: 1, action: 'accept_all', source: 'banner', categories: all });
    expect(decodeConsent(value)?.categories).toEqual(all);
  });

  it('refuses a cookie domain the browser could never store the cookie under', () => {
    for (const domain of ['exa mple;com', 'example.com/', 'https://example.com', 'example..com', 'example.com.']) {
      expect(errorOf({ ...base, cookie: { domain } }), domain).toBe(
        `Assent: invalid config at "cookie.domain": expected a domain name such as "example.com", got "${domain}"`,
      );
    }
    for (const domain of ['example.com', '.example.com', 'eu.app-1.example.co.uk', 'localhost']) {
      expect(errorOf({ ...base, cookie: { domain } }), domain).toBeUndefined();
    }
  });

  it('takes Consent Mode regions only as ISO 3166 codes in capitals, as Google reads them', () => {
    expect(errorOf({ ...base, googleConsentMode: { region: ['GB', 'nope'] } })).toBe(
      'Assent: invalid config at "googleConsentMode.region[1]": expected an ISO 3166 code in capitals such as "ES" or "US-CA", got "nope"',
    );
    expect(errorOf({ ...base, googleConsentMode: { region: ['gb'] } })).toMatch(/"googleConsentMode\.region\[0\]"/);
    expect(errorOf({ ...base, googleConsentMode: { region: ['ES', 'US-CA'] } })).toBeUndefined();
  });

  it('refuses a revision the consent cookie could not read back', () => {
    expect(errorOf({ ...base, revision: 1e9 })).toBe(
      'Assent: invalid config at "revision": expected a whole number from 0 to 999999999, got 1000000000',
    );
    expect(errorOf({ ...base, revision: 999999999 })).toBeUndefined();
    const kept = { id: 'abcdefgh1234', revision: 999999999, timestamp: 0, action: 'custom', source: 'api', categories: { a: true } } as const;
    expect(decodeConsent(encodeConsent(kept))?.revision).toBe(999999999);
  });

  it('warns when a refusal would be asked about again before 6 months under opt-in rules', () => {
    expect(validateConfig({ ...base, cookie: { days: 30 } }).warnings).toEqual([
      'Assent: cookie.days is 30, so a visitor who refused would be asked again that soon; under opt-in rules keep a choice at least 183 days (6 months).',
    ]);
    expect(validateConfig({ ...base, cookie: { days: 183 } }).warnings).toEqual([]);
    const sells = { ...base, categories: [...base.categories, { id: 'ads', saleOrShare: true }] };
    expect(validateConfig({ ...sells, mode: 'opt-out', cookie: { days: 30 } }).warnings).toEqual([]);
    expect(validateConfig({ ...sells, mode: 'opt-out', regions: { EU: 'opt-in' }, cookie: { days: 30 } }).warnings).toHaveLength(1);
  });

  it('warns when opt-out rules apply and no category sells or shares: the opt-out button would change nothing', () => {
    const warning = 'Assent: opt-out rules apply but no category has saleOrShare: the opt-out button would change nothing.';
    expect(validateConfig({ ...base, mode: 'opt-out' }).warnings).toEqual([warning]);
    expect(validateConfig({ ...base, regions: { 'US-CA': 'opt-out' } }).warnings).toEqual([warning]);
    expect(validateConfig(base).warnings).toEqual([]);
    const sells = { ...base, categories: [...base.categories, { id: 'ads', saleOrShare: true }] };
    expect(validateConfig({ ...sells, mode: 'opt-out' }).warnings).toEqual([]);
  });

  it('asks nobody when every category is strictly necessary, whatever the mode or the region', () => {
    const categories = [{ id: 'necessary', required: true }];
    for (const config of [{ categories }, { categories, mode: 'opt-out' }, { categories, regions: { FR: 'opt-in' } }]) {
      const r = validateConfig(config, 'FR');
      expect(r.ok && r.model.mode).toBe('notice');
    }
  });

  it("refuses a vendor policy link the cookie table wouldn't show: anything but an absolute http(s) URL", () => {
    const withLink = (policyUrl: string) => ({ ...base, categories: [base.categories[0], { id: 'analytics', services: [{ id: 'x', policyUrl }] }] });
    expect(errorOf(withLink('/privacy'))).toBe(
      'Assent: invalid config at "categories[1].services[0].policyUrl": expected an absolute http(s) URL, got "/privacy"',
    );
    for (const url of ['mailto:dpo@example.com', 'privacy.html', '//example.com/privacy', 'https://', 'javascript:alert(1)']) {
      expect(errorOf(withLink(url)), url).toMatch(/expected an absolute http\(s\) URL/);
    }
    for (const url of ['https://example.com/privacy', 'HTTP://example.com']) expect(errorOf(withLink(url)), url).toBeUndefined();
  });

  it('refuses a duplicate category', () => {
    expect(errorOf({ ...base, categories: [...base.categories, { id: 'analytics' }] })).toBe(
      'Assent: invalid config at "categories[3].id": expected a unique category id, got "analytics"',
    );
  });

  it('warns about a typo with the closest known key, and still starts', () => {
    const r = validateConfig({ ...base, cookie: { name: 'x', dyas: 30 } });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['Assent: unknown config key "cookie.dyas"; did you mean "days"?']);
  });

  it('warns without a suggestion when nothing is close', () => {
    expect(validateConfig({ ...base, zzzzzzzz: 1 }).warnings).toEqual(['Assent: unknown config key "zzzzzzzz".']);
  });

  it('reports a missing categories list', () => {
    expect(errorOf({ cookie: {} })).toBe('Assent: invalid config at "categories": expected a value, got nothing');
  });

  it('reports a config that is not an object', () => {
    expect(errorOf('yes please')).toBe('Assent: invalid config: expected an object, got "yes please"');
    expect(errorOf(null)).toBe('Assent: invalid config: expected an object, got null');
    expect(errorOf({ mode: 'notice', categories: 'all' })).toBe('Assent: invalid config at "categories": expected an array, got "all"');
  });

  it('refuses ids that would shadow object built-ins', () => {
    expect(errorOf({ categories: [{ id: 'constructor' }] })).toMatch(/"categories\[0\]\.id": expected an id/);
  });

  it('refuses an invalid /regex/', () => {
    expect(errorOf({ categories: [{ id: 'a', services: [{ id: 's', cookies: ['/[/'] }] }] })).toBe(
      'Assent: invalid config at "categories[0].services[0].cookies[0]": expected a name or a valid /regex/, got "/[/"',
    );
  });

  it('refuses a translation with no text, which would leave a button or a heading blank', () => {
    for (const text of ['', ' ', '\n\t']) {
      expect(errorOf({ ...base, ui: { translations: { de: { 'action.rejectAll': text } } } })).toBe(
        `Assent: invalid config at "ui.translations.de.action.rejectAll": expected a string with text, got ${JSON.stringify(text)}`,
      );
    }
    expect(errorOf({ ...base, ui: { translations: { de: { 'action.rejectAll': 'Nein' } } } })).toBeUndefined();
  });

  it('refuses a Consent Mode map naming an unknown category', () => {
    expect(errorOf({ ...base, googleConsentMode: { map: { ad_storage: ['marketing'] } } })).toBe(
      'Assent: invalid config at "googleConsentMode.map.ad_storage[0]": expected the id of a category, got "marketing"',
    );
  });

  it('lists several problems in one message', () => {
    const e = errorOf({ cookie: { days: 0 }, categories: [{}] });
    expect(e).toContain('"cookie.days"');
    expect(e).toContain('"categories[0].id"');
  });

  it('warns that notice mode never runs optional categories, unless a region asks for them', () => {
    const categories = [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'ads' }];
    const result = validateConfig({ mode: 'notice', categories });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'Assent: mode "notice" runs only required categories; "analytics", "ads" stay off.',
    ]);
    expect(validateConfig({ mode: 'notice', categories, regions: { EU: 'opt-in' } }).warnings).toEqual([]);
    expect(validateConfig({ mode: 'notice', categories: [{ id: 'necessary', required: true }] }).warnings).toEqual([]);
  });

  it('refuses a region key the upper-cased visitor region could never match', () => {
    expect(errorOf({ ...base, regions: { 'us-ca': 'opt-out' } })).toBe(
      'Assent: invalid config at "regions.us-ca": expected a region in capitals such as "US-CA", "US" or "EU", or "default", got "us-ca"',
    );
    for (const key of ['eu', 'Us', 'DEFAULT', 'USA', 'US_CA', 'US-', 'US-CALI', '']) {
      expect(errorOf({ ...base, regions: { [key]: 'opt-in' } }), key).toMatch(/expected a region in capitals/);
    }
    const regions = { 'US-CA': 'opt-out', US: 'opt-out', 'GB-ENG': 'opt-in', 'FR-75': 'opt-in', EU: 'opt-in', default: 'opt-in' };
    expect(errorOf({ ...base, regions })).toBeUndefined();
  });

  it('picks the mode of the visitor region', () => {
    const config = { ...base, regions: { 'US-CA': 'opt-out', default: 'opt-in' } };
    const mode = (region?: string) => {
      const r = validateConfig(config, region);
      return r.ok ? r.model.mode : undefined;
    };
    expect(mode('US-CA')).toBe('opt-out');
    expect(mode('FR')).toBe('opt-in');
    expect(mode()).toBe('opt-in');
  });
});
