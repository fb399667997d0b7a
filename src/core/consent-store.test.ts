// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage.js';
import { decodeConsent, encodeConsent } from './consent-codec.js';
import { createConsentState, type StateChange } from './consent-state.js';
import { createConsentStore, withDecisions } from './consent-store.js';
import { fakeEnvironment } from './fake-environment.js';
import { validateConfig } from './validate-config.js';

const DAY = 864e5;
const modelOf = (config: unknown) => {
  const r = validateConfig(config);
  if (!r.ok) throw new Error(r.error);
  return r.model;
};
const config = {
  revision: 4,
  cookie: { days: 30 },
  categories: [
    { id: 'necessary', required: true },
    { id: 'analytics', services: [{ id: 'clarity' }] },
    { id: 'marketing', saleOrShare: true, services: [{ id: 'ads' }] },
  ],
};

describe('the consent store', () => {
  it('is undecided with nothing stored, and grants only what is necessary', () => {
    const { env } = fakeEnvironment();
    const store = createConsentStore(modelOf(config), memoryStorage(), env);
    expect(store.get()).toBeNull();
    expect(store.granted('necessary')).toBe(true);
    expect(store.granted('analytics')).toBe(false);
    expect(store.granted('nope')).toBe(false);
  });

  it('answers has() for a category, and for a service only within its own category', () => {
    const { env } = fakeEnvironment();
    const store = createConsentStore(modelOf(config), memoryStorage(), env);
    store.decide('custom', 'preferences', { analytics: true });
    expect(store.has('analytics')).toBe(true);
    expect(store.has('analytics.clarity')).toBe(true);
    expect(store.has('analytics.ads')).toBe(false);
    expect(store.has('marketing.ads')).toBe(false);
    expect(store.has('nope')).toBe(false);
  });

  it('records every category explicitly, with id, time, revision, action, source and the rules it was made under', () => {
    const { env, clock } = fakeEnvironment();
    const storage = memoryStorage();
    const store = createConsentStore(modelOf(config), storage, env);
    store.decide('custom', 'preferences', { analytics: true });
    expect(store.get()).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{12}$/),
      revision: 4,
      timestamp: clock.now,
      action: 'custom',
      source: 'preferences',
      categories: { necessary: true, analytics: true, marketing: false },
      mode: 'opt-in',
    });
    expect(storage.read()).toBe(encodeConsent(store.get()!));
  });

  it('never lets a decision switch a necessary category off', () => {
    const { env } = fakeEnvironment();
    const store = createConsentStore(modelOf(config), memoryStorage(), env);
    store.decide('reject_all', 'banner', { necessary: false });
    expect(store.get()!.categories.necessary).toBe(true);
  });

  it('reads the choice into a held state and, released, tells listeners what is granted, with no record', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('custom', 'banner', { analytics: true });
    const state = createConsentState(modelOf(config), null, env.console, true);
    const changes: StateChange[] = [];
    state.subscribe((c) => changes.push(c));
    const store = withDecisions(state, modelOf(config), storage, env);
    expect(store.granted('analytics')).toBe(true);
    expect(state.granted('analytics')).toBe(false);
    store.release();
    store.release();
    expect(state.granted('analytics')).toBe(true);
    expect(changes).toEqual([{ consent: store.get(), granted: ['necessary', 'analytics'], revoked: [] }]);
  });

  it('reports granted and revoked categories, and a proof record, to listeners', () => {
    const { env } = fakeEnvironment();
    const store = createConsentStore(modelOf(config), memoryStorage(), env);
    const seen: StateChange[] = [];
    store.subscribe((d) => seen.push(d));
    store.decide('accept_all', 'banner', { analytics: true, marketing: true }, { language: 'fr', textHash: 'abc', texts: ['Cookies', 'Tout accepter'] });
    store.decide('custom', 'preferences', { analytics: true });
    expect(seen[0]!.granted).toEqual(['analytics', 'marketing']);
    expect(seen[0]!.record).toMatchObject({ action: 'accept_all', language: 'fr', textHash: 'abc', texts: ['Cookies', 'Tout accepter'], version: '0.1.0' });
    // A decision made without the interface read no texts, and its record claims none.
    expect(seen[1]!.record).not.toHaveProperty('texts');
    expect(seen[0]!.record!.time).toBe('2026-11-23T12:00:00.000Z');
    expect(seen[1]!.revoked).toEqual(['marketing']);
    expect(seen[1]!.record!.id).toBe(seen[0]!.record!.id);
  });

  it('forgets the decision on withdrawal and records the withdrawal', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const store = createConsentStore(modelOf(config), storage, env);
    store.decide('accept_all', 'banner', { analytics: true, marketing: true });
    const seen: StateChange[] = [];
    store.subscribe((d) => seen.push(d));
    store.withdraw('preferences');
    expect(store.get()).toBeNull();
    expect(storage.read()).toBeUndefined();
    expect(seen[0]!.consent).toBeNull();
    expect(seen[0]!.record).toMatchObject({ action: 'withdraw', source: 'preferences', categories: { analytics: false } });
    expect(seen[0]!.revoked).toEqual(['analytics', 'marketing']);
  });

  it("keeps the visitor's history under one id: through a withdrawal and a new policy revision", () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const ids: string[] = [];
    const store = createConsentStore(modelOf(config), storage, env);
    store.subscribe((d) => void ids.push(d.record!.id));
    store.decide('accept_all', 'banner', { analytics: true, marketing: true });
    store.withdraw('preferences');
    store.decide('reject_all', 'banner', {});
    // The next page view runs under a new revision: the stored choice has lapsed, its id hasn't.
    const next = createConsentStore(modelOf({ ...config, revision: 5 }), storage, env);
    next.subscribe((d) => void ids.push(d.record!.id));
    expect(next.get()).toBeNull();
    next.decide('custom', 'preferences', { analytics: true });
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(1);
  });

  it('records nothing when a visitor with nothing stored withdraws under opt-in rules; under opt-out rules it is a refusal', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const seen: StateChange[] = [];
    const store = createConsentStore(modelOf(config), storage, env);
    store.subscribe((d) => void seen.push(d));
    store.withdraw('preferences');
    expect(seen).toEqual([]);
    expect(storage.read()).toBeUndefined();

    const optOut = createConsentStore(modelOf({ ...config, mode: 'opt-out' }), memoryStorage(), env);
    optOut.subscribe((d) => void seen.push(d));
    optOut.withdraw('preferences');
    expect(seen.map((d) => d.record?.action)).toEqual(['withdraw']);
    expect(optOut.granted('marketing')).toBe(false);
  });

  it('reads copies of the choice that disagree as no choice, but keeps what any of them refused under opt-out rules', () => {
    const { env } = fakeEnvironment();
    const optOut = modelOf({ ...config, mode: 'opt-out' });
    const encode = (categories: Record<string, boolean>) =>
      encodeConsent({ id: 'abcdefgh1234', revision: 4, timestamp: env.now(), action: 'custom', source: 'preferences', categories, mode: 'opt-out' });
    // Two opt-outs of sale, made on two hosts before the site set cookie.domain: the browser sends both.
    const copies = [encode({ necessary: true, analytics: true, marketing: false }), encode({ necessary: true, analytics: false, marketing: false })];
    const storage = { read: () => undefined, copies: () => copies, write: () => true, clear: () => {} };
    const store = createConsentStore(optOut, storage, env);
    expect(store.get()).toBeNull();
    expect(store.granted('marketing')).toBe(false);
    expect(store.granted('analytics')).toBe(false);
    // One copy alone says nothing the others don't: no copies, no refusals kept.
    const single = createConsentStore(optOut, { ...storage, copies: () => copies.slice(0, 1) }, env);
    expect(single.granted('marketing')).toBe(true);
    // Under opt-in rules copies never grant anything.
    const optIn = createConsentStore(modelOf(config), { ...storage, copies: () => [encode({ necessary: true, analytics: true, marketing: true }), copies[0]!] }, env);
    expect(optIn.granted('analytics')).toBe(false);
  });

  it("treats a storage of the site's own that throws as empty, keeps the decision for the page view, and warns once", () => {
    const { env, logs } = fakeEnvironment();
    const fail = () => {
      throw new Error('storage unavailable');
    };
    const store = createConsentStore(modelOf(config), { read: fail, write: fail, clear: fail, copies: fail }, env);
    expect(store.get()).toBeNull();
    store.decide('custom', 'preferences', { analytics: true });
    expect(store.granted('analytics')).toBe(true);
    store.withdraw('preferences');
    expect(store.get()).toBeNull();
    expect(logs.warn.map((w) => w[0])).toEqual([expect.stringContaining('the browser refused the consent cookie')]);
  });

  it('keeps calling other listeners when one throws, and reports the exception', () => {
    const { env, logs } = fakeEnvironment();
    const store = createConsentStore(modelOf(config), memoryStorage(), env);
    let called = false;
    store.subscribe(() => {
      throw new Error('host bug');
    });
    store.subscribe(() => (called = true));
    store.decide('reject_all', 'banner', {});
    expect(called).toBe(true);
    expect(logs.error[0]![0]).toBe('Assent: a callback threw');
  });

  it('restores a stored choice on the next page view', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('accept_all', 'banner', { analytics: true });
    expect(createConsentStore(modelOf(config), storage, env).granted('analytics')).toBe(true);
  });

  it('asks again after a revision change', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('accept_all', 'banner', { analytics: true });
    const next = createConsentStore(modelOf({ ...config, revision: 5 }), storage, env);
    expect(next.get()).toBeNull();
    expect(next.granted('analytics')).toBe(false);
  });

  it('asks again once the choice has expired, with a fake clock', () => {
    const { env, clock } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('reject_all', 'banner', {});
    clock.now += 29 * DAY;
    expect(createConsentStore(modelOf(config), storage, env).get()).not.toBeNull();
    clock.now += 2 * DAY;
    expect(createConsentStore(modelOf(config), storage, env).get()).toBeNull();
  });

  it('asks again when a category was added', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('accept_all', 'banner', { analytics: true });
    const grown = { ...config, categories: [...config.categories, { id: 'errors' }] };
    expect(createConsentStore(modelOf(grown), storage, env).get()).toBeNull();
  });

  it('treats a tampered value exactly like no cookie', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('reject_all', 'banner', {});
    storage.write(storage.read()!.replace('analytics:0', 'analytics:1'));
    expect(createConsentStore(modelOf(config), storage, env).get()).toBeNull();
  });

  it('runs everything by default in opt-out mode until the visitor opts out', () => {
    const { env } = fakeEnvironment();
    const store = createConsentStore(modelOf({ ...config, mode: 'opt-out' }), memoryStorage(), env);
    expect(store.granted('marketing')).toBe(true);
    store.decide('custom', 'banner', { analytics: true, marketing: false });
    expect(store.granted('marketing')).toBe(false);
  });

  it('under opt-out rules, keeps what a lapsed choice refused until the visitor decides again', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const optOut = { ...config, mode: 'opt-out' };
    createConsentStore(modelOf(optOut), storage, env).decide('custom', 'banner', { analytics: true, marketing: false });
    // A new policy revision: the banner asks again, but the opt-out of sale still holds meanwhile.
    const next = createConsentStore(modelOf({ ...optOut, revision: 5 }), storage, env);
    expect(next.get()).toBeNull();
    expect(next.granted('marketing')).toBe(false);
    expect(next.granted('analytics')).toBe(true);
    next.decide('accept_all', 'banner', { analytics: true, marketing: true });
    expect(next.granted('marketing')).toBe(true);
  });

  it('under opt-out rules, keeps a withdrawal as a refusal of everything optional, on this and later page views', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const optOut = { ...config, mode: 'opt-out' };
    const store = createConsentStore(modelOf(optOut), storage, env);
    store.decide('accept_all', 'banner', { analytics: true, marketing: true });
    store.withdraw('preferences');
    expect(store.granted('marketing')).toBe(false);
    expect(store.granted('analytics')).toBe(false);
    expect(store.get()).toMatchObject({ action: 'withdraw', categories: { analytics: false, marketing: false } });
    const later = createConsentStore(modelOf(optOut), storage, env);
    expect(later.get()).toMatchObject({ action: 'withdraw' });
    expect(later.granted('marketing')).toBe(false);
  });

  it('keeps a lapsed opt-out through the release of a held state, as on a script-tag page', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const optOut = { ...config, mode: 'opt-out' };
    createConsentStore(modelOf(optOut), storage, env).decide('custom', 'banner', { analytics: true, marketing: false });
    const model = modelOf({ ...optOut, revision: 5 });
    const state = createConsentState(model, null, env.console, true);
    const store = withDecisions(state, model, storage, env);
    store.release();
    expect(state.held()).toBe(false);
    expect(state.granted('marketing')).toBe(false);
    expect(state.granted('analytics')).toBe(true);
  });

  it('never lets a lapsed choice grant anything under opt-in rules', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('accept_all', 'banner', { analytics: true, marketing: true });
    const next = createConsentStore(modelOf({ ...config, revision: 5 }), storage, env);
    expect(next.granted('analytics')).toBe(false);
    expect(next.has('marketing.ads')).toBe(false);
  });

  it('revokes, with the first decision after a choice lapsed, what that choice granted, so its traces are cleaned up', () => {
    const { env, clock } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env).decide('custom', 'banner', { analytics: true, marketing: false });
    for (const [lapse, model] of [
      ['a new revision', modelOf({ ...config, revision: 5 })],
      ['expiry', modelOf(config)],
    ] as const) {
      const copy = memoryStorage();
      copy.write(storage.read()!);
      if (lapse === 'expiry') clock.now += 31 * DAY;
      const store = createConsentStore(model, copy, env);
      const changes: StateChange[] = [];
      store.subscribe((c) => changes.push(c));
      store.decide('reject_all', 'banner', {});
      expect(changes.map((c) => c.revoked), lapse).toEqual([['analytics']]);
      store.decide('custom', 'banner', { analytics: true });
      store.decide('reject_all', 'banner', {});
      expect(changes.map((c) => c.revoked), lapse).toEqual([['analytics'], [], ['analytics']]);
    }
  });

  it('grants nothing optional in notice mode, and stores no decision', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const store = createConsentStore(modelOf({ ...config, mode: 'notice' }), storage, env);
    expect(store.granted('analytics')).toBe(false);
    store.decide('accept_all', 'preferences', { analytics: true });
    expect(store.granted('analytics')).toBe(false);
    expect(storage.read()).toBeUndefined();
  });

  it('changes nothing in notice mode when consent is withdrawn: nothing is cleared, announced or recorded', () => {
    const { env } = fakeEnvironment();
    // A choice made where the rules asked for one, before the visitor's region ran in notice mode.
    const stored = encodeConsent({ id: 'abcdefgh1234', revision: 4, timestamp: env.now(), action: 'accept_all', source: 'banner', categories: {} });
    const storage = memoryStorage(stored);
    const store = createConsentStore(modelOf({ ...config, mode: 'notice' }), storage, env);
    const changes: StateChange[] = [];
    store.subscribe((c) => changes.push(c));
    store.withdraw('api');
    expect(changes).toEqual([]);
    expect(storage.read()).toBe(stored);
  });
  it('puts in force a choice another page stored, telling what it granted and revoked, with no record and nothing written', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const store = createConsentStore(modelOf(config), storage, env);
    store.decide('custom', 'preferences', { analytics: true });
    const changes: StateChange[] = [];
    store.subscribe((c) => void changes.push(c));
    // Another tab of the site replaces the choice.
    const other = createConsentStore(modelOf(config), storage, env);
    other.decide('custom', 'preferences', { analytics: false, marketing: true });
    const stored = storage.read();

    expect(store.sync()).toBe(true);
    expect(store.get()).toMatchObject(other.get()!);
    expect(changes).toEqual([{ consent: store.get(), granted: ['marketing'], revoked: ['analytics'] }]);
    expect(store.get()?.categories).toEqual({ necessary: true, analytics: false, marketing: true });
    expect(storage.read()).toBe(stored);
  });

  it('takes up, under opt-out rules, a refusal of sale stored elsewhere under another revision, though neither side has a current choice', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const optOut = { ...config, mode: 'opt-out' };
    const store = createConsentStore(modelOf(optOut), storage, env);
    expect(store.granted('marketing')).toBe(true);
    // A tab opened after a deploy (revision 5) records the visitor's opt-out.
    createConsentStore(modelOf({ ...optOut, revision: 5 }), storage, env).decide('custom', 'banner', { analytics: true, marketing: false });
    expect(store.sync()).toBe(true);
    expect(store.get()).toBeNull();
    expect(store.granted('marketing')).toBe(false);
    expect(store.sync()).toBe(false);
  });

  it("withdraws what another tab stored though this page hadn't taken it up: the stored grant goes", () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const stale = createConsentStore(modelOf(config), storage, env);
    createConsentStore(modelOf(config), storage, env).decide('accept_all', 'banner', { analytics: true, marketing: true });
    const seen: StateChange[] = [];
    stale.subscribe((d) => void seen.push(d));
    stale.withdraw('api');
    expect(storage.read()).toBeUndefined();
    expect(seen.map((d) => d.record?.action)).toEqual(['withdraw']);
  });

  it('takes up a withdrawal made elsewhere: undecided again, revoking what was granted', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const store = createConsentStore(modelOf(config), storage, env);
    store.decide('accept_all', 'banner', { analytics: true, marketing: true });
    createConsentStore(modelOf(config), storage, env).withdraw('preferences');
    const changes: StateChange[] = [];
    store.subscribe((c) => void changes.push(c));
    expect(store.sync()).toBe(true);
    expect(store.get()).toBeNull();
    expect(changes).toEqual([{ consent: null, granted: [], revoked: ['analytics', 'marketing'] }]);
  });

  it('changes nothing, and tells nobody, when storage holds the same choice, even restamped under another config', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    const store = createConsentStore(modelOf(config), storage, env, 'abc123');
    store.decide('custom', 'preferences', { analytics: true });
    // A page with a newer config restamps the same choice: same id, same time.
    createConsentStore(modelOf(config), storage, env, 'def456');
    expect(decodeConsent(storage.read())?.config).toBe('def456');
    const changes: StateChange[] = [];
    store.subscribe((c) => void changes.push(c));
    expect(store.sync()).toBe(false);
    expect(changes).toEqual([]);
  });

});

describe('the config fingerprint in the stored choice', () => {
  it('is recorded with every decision', () => {
    const { env } = fakeEnvironment();
    const storage = memoryStorage();
    createConsentStore(modelOf(config), storage, env, 'fp1').decide('accept_all', 'banner', { analytics: true });
    expect(decodeConsent(storage.read())?.config).toBe('fp1');
  });

  it('is restamped silently when the config changed but the choice still applies: same choice, same time, no event', () => {
    const { env, clock } = fakeEnvironment();
    const storage = memoryStorage();
    const expiries: number[] = [];
    const write = storage.write;
    storage.write = (value, expires) => (expiries.push(expires!.getTime()), write(value));
    createConsentStore(modelOf(config), storage, env, 'fp1').decide('custom', 'preferences', { analytics: true });
    const before = decodeConsent(storage.read())!;
    expect(expiries).toEqual([before.timestamp + 30 * DAY]);
    clock.now += DAY;
    const state = createConsentState(modelOf(config), before, env.console);
    const changes: StateChange[] = [];
    state.subscribe((d) => changes.push(d));
    withDecisions(state, modelOf(config), storage, env, 'fp2');
    const after = decodeConsent(storage.read())!;
    expect(after).toEqual({ ...before, config: 'fp2' });
    // Written again, it runs out when the choice does: 30 days after it was made, not 30 days from now.
    expect(expiries.at(-1)).toBe(before.timestamp + 30 * DAY);
    expect(state.get()?.config).toBe('fp2');
    expect(changes).toEqual([]);
  });
});

describe('a consent cookie the browser refuses', () => {
  const refusing = () => ({ ...memoryStorage(), write: () => false });

  it('warns once, naming cookie.domain when the config sets it, and keeps the choice for the page view', () => {
    const { env, logs } = fakeEnvironment();
    const store = createConsentStore(modelOf({ ...config, cookie: { days: 30, domain: 'example.com' } }), refusing(), env);
    store.decide('accept_all', 'banner', { analytics: true });
    store.decide('reject_all', 'banner', {});
    expect(logs.warn).toHaveLength(1);
    expect(String(logs.warn[0]![0])).toMatch(/refused the consent cookie \(does cookie\.domain "example\.com" cover this page\?\)/);
    expect(store.get()?.action).toBe('reject_all');
  });

  it('warns without naming a domain when none is set', () => {
    const { env, logs } = fakeEnvironment();
    createConsentStore(modelOf(config), refusing(), env).decide('accept_all', 'banner', { analytics: true });
    expect(logs.warn).toHaveLength(1);
    expect(String(logs.warn[0]![0])).not.toMatch(/cookie\.domain/);
  });

  it('says nothing when the cookie is stored', () => {
    const { env, logs } = fakeEnvironment();
    createConsentStore(modelOf(config), memoryStorage(), env).decide('accept_all', 'banner', { analytics: true });
    expect(logs.warn).toEqual([]);
  });
});
