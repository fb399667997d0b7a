import { createConsentState } from '../core/consent-state.js';
import type { Environment } from '../core/environment.js';
import type { AssentConfig } from '../core/types.js';
import type { UiLoader } from '../core/ui-host.js';
import { sendConsentDefault } from '../integrations/google-consent-mode.js';
import type { Assent } from './assent-api.js';
import { deferredAssent } from './deferred-assent.js';
import { startGate } from './start-gate.js';
import { inertAssent } from './inert-assent.js';
import { readStoredChoice } from './read-stored-choice.js';

export type EngineModule = typeof import('../engine.js');

export interface TagLoaders {
  engine(): Promise<EngineModule>;
  ui: UiLoader;
}

/**
 * Starts the script-tag build. A trusted stored choice runs on the gate alone, and the engine is fetched only if
 * the visitor or the page acts. Otherwise the engine validates the config and takes the page view; the Consent
 * Mode default can't wait for it, and neither can the interface's fetch when the visitor will have to be asked.
 */
export function startFromTag(config: unknown, region: string | undefined, env: Environment, load: TagLoaders): Assent {
  const options = { region, env, loadUi: load.ui };
  const engineFailed = (e: unknown) => void env.console.error('Assent: could not load its engine', e);
  const stored = readStoredChoice(config, region, env);
  if (stored?.trusted) {
    const state = createConsentState(stored.model, stored.record, env.console);
    return startGate(stored.model, env, state, () =>
      load.engine().then((m) => m.attachActions(config, state, options), engineFailed),
    );
  }
  const gcm = (config as AssentConfig | null)?.googleConsentMode;
  const consentDefaultSent = !!gcm && !!env.window;
  if (consentDefaultSent) sendConsentDefault(env.window, gcm);
  // Nothing stored: the visitor will most likely be asked, so the interface is fetched alongside the engine.
  if (stored && !stored.record && stored.model.mode !== 'notice') load.ui().catch(() => {});
  return deferredAssent(
    load.engine().then(
      (m) => m.createAssent(config, { ...options, consentDefaultSent }),
      (e: unknown) => {
        engineFailed(e);
        return inertAssent(env, 'not started, because its engine could not be loaded.');
      },
    ),
  );
}
