// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createConsentState, type StateChange } from './consent-state.js';
import { gateModel } from './gate-model.js';
import type { ConsentRecord, ProofRecord } from './types.js';

const model = gateModel({
  categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'clarity' }] }, { id: 'marketing' }],
});
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

  it('tells every listener once, without a record of proof, what its release grants', () => {
    const { state, changes } = held();
    state.commit(record);
    state.release();
    state.release();
    expect(state.held()).toBe(false);
    expect(state.has('analytics.clarity')).toBe(true);
    expect(changes).toEqual([{ consent: record, granted: ['necessary', 'analytics'], revoked: [] }]);
  });

  it('is released by a decision, which reports everything it grants as new', () => {
    const { state, changes } = held();
    const next = { ...record, action: 'accept_all' as const, categories: { necessary: true, analytics: true, marketing: true } };
    state.commit(next, proof(next));
    state.release();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ granted: ['necessary', 'analytics', 'marketing'], revoked: [], record: { action: 'accept_all' } });
  });

  it('never starts held unless asked to', () => {
    const state = createConsentState(model, record, quiet);
    expect(state.held()).toBe(false);
    expect(state.granted('analytics')).toBe(true);
    expect(state.granted('marketing')).toBe(false);
  });
});
