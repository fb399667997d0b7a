import { configFingerprint } from '../core/config-fingerprint.js';
import { createConsentState } from '../core/consent-state.js';
import { browserEnvironment } from '../core/environment.js';
import { gateModel } from '../core/gate-model.js';
import { ownData } from '../core/own-data.js';
import { readCookie } from '../storage/read-cookie.js';
import type { Assent, AssentOptions } from './assent-api.js';
import { engineActions, validated } from './engine-actions.js';
import { inertAssent } from './inert-assent.js';
import { startGate } from './start-gate.js';

const INVALID = 'not started, because of the error above.';

/**
 * Creates one independent Assent instance. A config that fails validation is reported once on the console
 * and gives an instance that grants nothing and shows nothing: the page keeps working, closed.
 */
export function createAssent(input: unknown, options: AssentOptions = {}): Assent {
  const env = options.env ?? browserEnvironment(options.nonce);
  try {
    const config = ownData(input);
    const model = validated(config, env, options.region, (c) => gateModel(c, options.region));
    if (!model) return inertAssent(env, INVALID);
    // Held until the engine has read the stored choice and applied Global Privacy Control, so the gate starts
    // from them.
    const state = createConsentState(model, null, env.console, true);
    const actions = engineActions(model, state, env, options, configFingerprint(config, options.region));
    return startGate(model, env, state, () => actions, readCookie(env.document, model.cookie.name));
  } catch (e) {
    // `env` is a test's stand-in for the browser, and may lack a console of its own.
    const log = env.console ?? console;
    log.error('Assent: could not start', e);
    return inertAssent({ console: log }, INVALID);
  }
}
