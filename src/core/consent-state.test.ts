// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createConsentState, type StateChange } from './consent-state.js';
import { gateModel } from './gate-model.js';
import type { ConsentRecord, ProofRecord } from './types.js';

const modelConfig = {
  categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'clarity' }] }, { id: 'marketing' }],
};
const model = gateModel(modelConfig);
const record: ConsentRecord = {
  id: 'abcdefgh',
  revision: 1,
  timestamp: 1,
  action: 'custom',
  source: 'banner',
  categories: { necessary: true, analytics: true, marketing: false },
};
const proof = (r: ConsentRecord): ProofRecord => ({ ...r, time: '1970-01-01T00:00:00.001Z', version: '0' });
const quiet = { error() {} };

function held() {
  const state = createConsentState(model, null, quiet, true);
  const changes: StateChange[] = [];
  state.subscribe((c) => changes.push(c));
  return { state, changes };
}

describe('a held consent state', () => {
  it('grants nothing, not even a strictly necessary category, while the choice it will hold is set', () => {
    const { state, changes } = held();
    state.commit(record);
    expect(state.held()).toBe(true);
    expect(state.granted('necessary')).toBe(false);
    expect(state.has('analytics.clarity')).toBe(false);
    expect(state.allows('analytics')).toBe(true);
    expect(changes).toEqual([]);
  });

  it('is released by a change, computed only once it is released, and told once to every listener', () => {
    const { state, changes } = held();
    const next = { ...record, action: 'accept_all' as const, categories: { necessary: true, analytics: true, marketing: true } };
    state.commit(next, () => ({ consent: state.get(), record: proof(next), granted: ['marketing'].filter(state.granted), revoked: [] }));
    expect(state.held()).toBe(false);
    expect(state.has('analytics.clarity')).toBe(true);
    expect(changes).toEqual([{ consent: next, record: proof(next), granted: ['marketing'], revoked: [] }]);
  });

  it('hands out copies, so a listener or the page cannot edit the choice in force', () => {
    const state = createConsentState(model, record, quiet);
    state.get()!.categories.marketing = true;
    expect(state.granted('marketing')).toBe(false);
  });

  it('answers false, and never throws, for a key that is not a string', () => {
    const state = createConsentState(model, record, quiet);
    for (const key of [undefined, null, 42, {}, Symbol('analytics'), Object.create(null), { toString: () => { throw new Error('no'); } }]) {
      expect(state.has(key as string)).toBe(false);
    }
    expect(state.has('analytics')).toBe(true);
  });

  it('under opt-out rules and undecided, keeps refused what a lapsed choice refused, and grants nothing from it under opt-in', () => {
    const optOut = createConsentState(gateModel({ ...modelConfig, mode: 'opt-out' }), null, quiet);
    optOut.commit(null, undefined, record);
    expect(optOut.granted('marketing')).toBe(false);
    expect(optOut.granted('analytics')).toBe(true);
    // Silent commits that carry no lapsed choice (a withdrawal, a restamp) forget it.
    optOut.commit(null);
    expect(optOut.granted('marketing')).toBe(true);
    const optIn = createConsentState(model, null, quiet);
    optIn.commit(null, undefined, record);
    expect(optIn.granted('analytics')).toBe(false);
  });

  it('never starts held unless asked to', () => {
    const state = createConsentState(model, record, quiet);
    expect(state.held()).toBe(false);
    expect(state.granted('analytics')).toBe(true);
    expect(state.granted('marketing')).toBe(false);
  });
});
