import { configFingerprint } from '../core/config-fingerprint.js';
import { createConsentState, type ConsentState } from '../core/consent-state.js';
import { storedChoice, withDecisions, type ConsentStore } from '../core/consent-store.js';
import { browserEnvironment, type Environment } from '../core/environment.js';
import type { ConsentModel } from '../core/model.js';
import { safeCall } from '../core/safe-call.js';
import type { ChangeDetail } from '../core/types.js';
import type { Actions, UiController, UiHost } from '../core/ui-host.js';
import { validateConfig } from '../core/validate-config.js';
import { removeTraces } from '../gate/remove-traces.js';
import { applyGpc } from '../integrations/global-privacy-control.js';
import type { ConsentStorage } from '../storage/consent-storage.js';
import { cookieStorage } from '../storage/cookie-storage.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { Assent, AssentOptions } from './assent-api.js';
import { inertAssent } from './inert-assent.js';
import { startGate } from './start-gate.js';

const INVALID = 'not started, because of the error above.';

/** Validates once, where the config enters; reports the problem and gives nothing on a bad config. */
function validated(config: unknown, env: Environment, region?: string): ConsentModel | undefined {
  const result = validateConfig(config, region);
  for (const w of result.warnings) env.console.warn(w);
  if (result.ok) return result.model;
  env.console.error(result.error);
  return undefined;
}

const defaultStorage = (model: ConsentModel, env: Environment): ConsentStorage =>
  env.document
    ? cookieStorage({ ...model.cookie, secure: env.window?.location.protocol === 'https:' })
    : memoryStorage();

/**
 * Creates one independent Assent instance. A config that fails validation is reported once on the console
 * and gives an instance that grants nothing and shows nothing: the page keeps working, closed.
 */
export function createAssent(config: unknown, options: AssentOptions = {}): Assent {
  const env = options.env ?? browserEnvironment();
  try {
    const model = validated(config, env, options.region);
    if (!model) return inertAssent(env, INVALID);
    const storage = options.storage ?? defaultStorage(model, env);
    const state = createConsentState(model, storedChoice(storage, model, env.now()), env.console);
    // Decisions (Global Privacy Control's among them) are wired before the gate starts, so it starts from them.
    const actions = engineActions(model, state, storage, env, configFingerprint(config, options.region), options);
    return startGate(model, env, state, () => actions, options.consentDefaultSent);
  } catch (e) {
    env.console.error('Assent: could not start', e);
    return inertAssent(env, INVALID);
  }
}

/**
 * For the script tag's return-visit path: the gate started from a stored choice without validating the config
 * (its fingerprint matched), and needs the engine now because the visitor or the page acted.
 */
export function attachActions(config: unknown, state: ConsentState, options: AssentOptions = {}): Actions | undefined {
  const env = options.env ?? browserEnvironment();
  const model = validated(config, env, options.region);
  if (!model) return undefined;
  const storage = options.storage ?? defaultStorage(model, env);
  return engineActions(model, state, storage, env, configFingerprint(config, options.region), options);
}

function engineActions(
  model: ConsentModel,
  state: ConsentState,
  storage: ConsentStorage,
  env: Environment,
  fingerprint: string,
  options: AssentOptions,
): Actions {
  const { document: doc, window: win } = env;
  const store: ConsentStore = withDecisions(state, model, storage, env, fingerprint);

  store.subscribe((detail: ChangeDetail) => {
    const revoked = model.categories.filter((c) => detail.revoked.includes(c.id));
    if (revoked.length) removeTraces(env, revoked.flatMap((c) => c.services));
    doc?.dispatchEvent(new CustomEvent('assent:change', { detail }));
    if (model.recordUrl) {
      try {
        env.navigator?.sendBeacon(model.recordUrl, JSON.stringify(detail.record));
      } catch {
        // A blocked beacon must not break the decision; the site's change listener still sees the record.
      }
    }
    if (revoked.length && model.reloadOnRevoke) win?.location.reload();
  });
  const gpcHonoured = applyGpc(model, store, env.navigator);

  let ui: Promise<UiController | undefined> | undefined;
  const host: UiHost = {
    model,
    env,
    store,
    decide: store.decide,
    withdraw: store.withdraw,
    gpcHonoured: () => gpcHonoured,
    i18n: options.i18n,
  };
  function withUi(fn: (ui: UiController) => void): Promise<void> {
    if (!options.loadUi || !doc) return Promise.resolve();
    ui ??= options.loadUi().then(
      (m) => m.mountUi(host),
      (e: unknown) => void env.console.error('Assent: could not load its interface', e),
    );
    return ui.then((u) => {
      if (u) safeCall(env.console, fn, u);
    });
  }

  const decide = (action: 'accept_all' | 'reject_all' | 'custom', choice: Record<string, boolean>) =>
    store.decide(action, 'api', choice);
  const all = (value: boolean) => Object.fromEntries(model.categories.map((c) => [c.id, value]));

  return {
    acceptAll: () => decide('accept_all', all(true)),
    rejectAll: () => decide('reject_all', all(false)),
    set: (choice) => {
      const known = new Set(model.categories.map((c) => c.id));
      for (const k of Object.keys(choice)) if (!known.has(k)) env.console.warn(`Assent: set() ignores unknown category "${k}".`);
      const current = Object.fromEntries(model.categories.map((c) => [c.id, store.granted(c.id)]));
      decide('custom', { ...current, ...choice });
    },
    withdraw: () => store.withdraw('api'),
    showBanner: () => withUi((u) => u.showBanner()),
    showPreferences: (opener) => withUi((u) => u.showPreferences(opener)),
    showPolicy: (section, opener) => withUi((u) => u.showPolicy(section, opener)),
    renderInlinePolicies: () => void withUi((u) => u.renderInlinePolicies()),
    renderPlaceholders: (targets) => void withUi((u) => u.renderPlaceholders(targets)),
    destroy: () => void ui?.then((u) => u?.destroy()),
  };
}
