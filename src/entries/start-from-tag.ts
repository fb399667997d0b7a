import { createConsentState } from '../core/consent-state.js';
import type { GateEnvironment } from '../core/environment.js';
import type { UiLoader } from '../core/ui-host.js';
import type { Assent } from './assent-api.js';
import { readStoredChoice } from './read-stored-choice.js';
import { startGate } from './start-gate.js';

export type EngineModule = typeof import('../engine.js');

export interface TagLoaders {
  /** `attempt` counts from 0; a retry after a failed fetch has a higher one. */
  engine(attempt: number): Promise<EngineModule>;
  ui: UiLoader;
}

/**
 * Starts the script-tag build. A trusted stored choice runs on the gate alone, and the engine is fetched only if
 * the visitor or the page acts. Otherwise the gate starts held, granting nothing, and fetches the engine at once
 * to validate the config, find the choice and release it; the interface's fetch starts alongside when there is
 * no stored choice, because the visitor will most likely be asked.
 */
export function startFromTag(config: unknown, region: string | undefined, env: GateEnvironment, load: TagLoaders): Assent {
  const { model, trusted, found, built, raw, fingerprint } = readStoredChoice(config, region, env);
  const state = createConsentState(model, trusted, env.console, !trusted);
  if (!found && model.mode !== 'notice') load.ui().catch(() => {});
  let attempt = 0;
  return startGate(model, env, state, (dead) =>
    load
      .engine(attempt++)
      // An engine that arrives after destroy() (React StrictMode's first mount) would still apply Global Privacy
      // Control: write the cookie, send a record, announce a change.
      .then((m) => (dead() ? undefined : m.attachActions(config, state, { region, env, loadUi: load.ui, base: built ? model : null, fingerprint })))
      // Rejected, for the gate to forget: the next request fetches again.
      .catch((e: unknown) => {
        env.console.error('Assent: could not load assent-engine.js, which must sit beside assent.js (with CORS on another origin)', e);
        throw e;
      }),
    raw,
  );
}
