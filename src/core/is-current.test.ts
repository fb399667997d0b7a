// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isCurrent } from './is-current.js';
import type { ConsentModel } from './model.js';
import { validateConfig } from './validate-config.js';

const DAY = 864e5;
const now = Date.UTC(2026, 10, 23);
const modelOf = (config: unknown): ConsentModel => {
  const r = validateConfig(config);
  if (!r.ok) throw new Error(r.error);
  return r.model;
};
const config = {
  revision: 2,
  cookie: { days: 180 },
  categories: [{ id: 'necessary', required: true }, { id: 'analytics' }],
};
const record = {
  id: 'abcdefgh',
  revision: 2,
  timestamp: now,
  action: 'reject_all' as const,
  source: 'banner' as const,
  categories: { necessary: true, analytics: false },
  mode: 'opt-in' as const,
};

describe('isCurrent', () => {
  it('keeps a refusal exactly as long as a consent of the same age', () => {
    const refusal = record;
    const consent = { ...record, action: 'accept_all' as const, categories: { necessary: true, analytics: true } };
    const model = modelOf(config);
    // One day before the 180-day lifetime ends, both still answer; one day after, neither does.
    expect([refusal, consent].map((r) => isCurrent(r, model, now + 179 * DAY))).toEqual([true, true]);
    expect([refusal, consent].map((r) => isCurrent(r, model, now + 181 * DAY))).toEqual([false, false]);
  });

  it('asks again when there is no choice', () => {
    expect(isCurrent(null, modelOf(config), now)).toBe(false);
  });

  it('asks again when the revision changes', () => {
    expect(isCurrent(record, modelOf({ ...config, revision: 3 }), now)).toBe(false);
  });

  it('asks again once the choice is older than the cookie lifetime', () => {
    expect(isCurrent(record, modelOf(config), now + 181 * DAY)).toBe(false);
  });

  it('asks again when a category was added since the decision', () => {
    const grown = { ...config, categories: [...config.categories, { id: 'marketing' }] };
    expect(isCurrent(record, modelOf(grown), now)).toBe(false);
  });

  it('does not ask again for a new strictly necessary category', () => {
    const grown = { ...config, categories: [...config.categories, { id: 'security', required: true }] };
    expect(isCurrent(record, modelOf(grown), now)).toBe(true);
  });

  describe('under opt-in rules, a choice made under other rules', () => {
    const optIn = modelOf(config);
    const grant = { ...record, action: 'custom' as const, categories: { necessary: true, analytics: true } };

    it('asks again when it grants something: opt-out keeps on what the visitor did not turn off, which is no consent', () => {
      expect(isCurrent({ ...grant, mode: 'opt-out' }, optIn, now)).toBe(false);
      expect(isCurrent({ ...grant, action: 'gpc', source: 'gpc', mode: 'opt-out' }, optIn, now)).toBe(false);
      expect(isCurrent({ ...grant, action: 'accept_all', mode: 'opt-out' }, optIn, now)).toBe(false);
    });

    it('asks again when it grants something and does not say under which rules it was made', () => {
      expect(isCurrent({ ...grant, mode: undefined }, optIn, now)).toBe(false);
    });

    it('keeps a refusal, which stands under any rules', () => {
      expect(isCurrent({ ...record, mode: 'opt-out' }, optIn, now)).toBe(true);
      expect(isCurrent({ ...record, mode: undefined }, optIn, now)).toBe(true);
    });

    it('keeps a grant made under opt-in rules', () => {
      expect(isCurrent(grant, optIn, now)).toBe(true);
    });
  });

  it('keeps, under opt-out rules, a choice made under opt-in rules or under opt-out rules', () => {
    const optOut = modelOf({ ...config, mode: 'opt-out' });
    const grant = { ...record, categories: { necessary: true, analytics: true } };
    expect(isCurrent(grant, optOut, now)).toBe(true);
    expect(isCurrent({ ...grant, mode: 'opt-out' }, optOut, now)).toBe(true);
  });

  it('distrusts a choice dated in the future', () => {
    expect(isCurrent({ ...record, timestamp: now + 3 * DAY }, modelOf(config), now)).toBe(false);
  });
});
