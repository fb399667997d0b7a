import { describe, expect, it } from 'vitest';
import { createConsentState } from '../core/consent-state.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { gateModel } from '../core/gate-model.js';
import { attachActions } from './engine-actions.js';

const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] };

describe('the script-tag engine', () => {
  it("extends the gate's own model of the config, with the region's mode the gate resolved", () => {
    const base = gateModel({ ...config, mode: 'opt-in', regions: { US: 'opt-out' } }, 'US-CA');
    const state = createConsentState(base, null, { error() {} }, true);
    const { env } = fakeEnvironment();
    // No region here: only the gate's model knows this visitor is in California.
    const actions = attachActions({ ...config, mode: 'opt-in', regions: { US: 'opt-out' } }, state, { env: { ...env, window, document }, base });
    expect(actions).toBeDefined();
    // Opt-out: an undecided visitor's optional categories run once the engine releases the state.
    expect(state.granted('analytics')).toBe(true);
  });

  it('stays closed when the gate could not build a model, even for a config that passes the check', () => {
    const { env, logs } = fakeEnvironment();
    const state = createConsentState(gateModel({ categories: [], mode: 'notice' }), null, env.console, true);
    const actions = attachActions(config, state, { env: { ...env, window, document }, base: undefined });
    expect(actions).toBeUndefined();
    expect(state.held()).toBe(true);
    expect(logs.error.map(([m, e]) => `${String(m)} ${String(e)}`)).toEqual(['Assent: could not start Error: the gate could not read this config']);
  });
});
