import { describe, expect, it } from 'vitest';
import { configFingerprint } from '../core/config-fingerprint.js';
import { createConsentState } from '../core/consent-state.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { gateModel } from '../core/gate-model.js';
import type { GateModel } from '../core/gate-model.js';
import { attachActions } from './engine-actions.js';

const config = {
  mode: 'opt-in' as const,
  regions: { US: 'opt-out' as const },
  categories: [{ id: 'necessary', required: true }, { id: 'ads', saleOrShare: true }],
};

/** The engine started by a script tag, with a browser that sends Global Privacy Control. */
function attach(base: GateModel | null | undefined, fingerprint: string | null = configFingerprint(config)) {
  const { env, logs } = fakeEnvironment();
  const state = createConsentState(base ?? gateModel({ categories: [], mode: 'notice' }), null, env.console, true);
  const navigator = { globalPrivacyControl: true } as unknown as Navigator;
  const actions = attachActions(config, state, { env: { ...env, window, document, navigator }, base: base as GateModel | null, fingerprint: fingerprint ?? undefined });
  return { actions, state, logs };
}

describe('the script-tag engine', () => {
  it("decides with the gate's own model of the config, including the mode the gate resolved for the region", () => {
    // No region reaches the engine here: only the gate's model knows this visitor is in California, where
    // opt-out rules make Global Privacy Control an opt-out of sale (under the config's opt-in it would be moot).
    const { actions, state } = attach(gateModel(config, 'US-CA'));
    expect(actions).toBeDefined();
    expect(state.get()).toMatchObject({ action: 'gpc', categories: { ads: false } });
  });

  it('stays closed when the gate could not build a model, even for a config that passes the check', () => {
    const { actions, state, logs } = attach(null);
    expect(actions).toBeUndefined();
    expect(state.held()).toBe(true);
    expect(logs.error.map(([m, e]) => `${String(m)} ${String(e)}`)).toEqual(['Assent: could not start Error: the gate could not read this config']);
  });

  it('stays closed, and says why, when the gate comes from another release', () => {
    // Releases before this one sent no model at all, and then a model but no fingerprint.
    for (const [base, fingerprint] of [[undefined, null], [gateModel(config), null]] as const) {
      const { actions, logs } = attach(base, fingerprint);
      expect(actions).toBeUndefined();
      expect(String(logs.error[0]![1])).toBe('Error: assent.js and assent-engine.js come from different releases');
    }
  });
});
