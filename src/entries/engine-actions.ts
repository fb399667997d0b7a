import type { ConsentState } from '../core/consent-state.js';
import { withDecisions, type ConsentStore } from '../core/consent-store.js';
import { browserEnvironment, type Environment, type GateEnvironment } from '../core/environment.js';
import type { ConsentModel } from '../core/model.js';
import { safeCall } from '../core/safe-call.js';
import { isPlainObject } from '../core/schema.js';
import type { ChangeDetail, DecisionMeta, EmbedLoad } from '../core/types.js';
import type { Actions, UiController, UiHost } from '../core/ui-host.js';
import { regionCode } from '../core/resolve-mode.js';
import { checkConfig, extendModel, ISO_REGION } from '../core/validate-config.js';
import type { GateModel } from '../core/gate-model.js';
import type { AssentConfig } from '../core/types.js';
import { removeTraces } from '../gate/remove-traces.js';
import { unloadEmbeds } from '../gate/unload-embeds.js';
import { warnUnknownConditions } from '../gate/unknown-conditions.js';
import { applyGpc } from '../integrations/global-privacy-control.js';
import { cookieStorage } from '../storage/cookie-storage.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { AssentOptions } from './assent-api.js';
import { sendRecord } from './send-record.js';

/** The npm options; the script tag hands in only what the gate reads of the browser, and the rest is read here. */
export type EngineOptions = Omit<AssentOptions, 'env'> & { env?: GateEnvironment & Partial<Environment> };

/**
 * Validates once, where the config enters; reports the problem and gives nothing on a bad config. `base` gives the
 * gate's model of the checked config, which the engine's model extends.
 */
export function validated(
  config: unknown,
  env: Pick<Environment, 'console'>,
  region: string | undefined,
  base: (config: AssentConfig) => GateModel,
): ConsentModel | undefined {
  const result = checkConfig(config);
  for (const w of result.warnings) env.console.warn(w);
  // The visitor's region comes from the page, not the config: one no rule can match gets the rules of
  // `regions.default`, which may be opt-out, so a typo there must not pass unnoticed.
  if (region !== undefined && !ISO_REGION.test(regionCode(region))) {
    env.console.warn(`Assent: the visitor's region ${JSON.stringify(region)} is not an ISO 3166 code such as "FR" or "US-CA"; regions.default applies.`);
  }
  if (result.ok) return extendModel(result.config, base(result.config), region);
  env.console.error(result.error);
  return undefined;
}

/**
 * Validates the config and gives the gate's state its decisions, cleanup and interface. A held state (the
 * script tag couldn't trust what it read) is filled from storage and released; on an invalid config it stays
 * held, so nothing gated ever runs, and there are no actions.
 */
export function attachActions(
  config: unknown,
  state: ConsentState,
  options: EngineOptions & { base: GateModel | null; fingerprint?: string | undefined },
): Actions | undefined {
  // Copied as descriptors, not spread: spreading would call the storage getters and open both storage areas.
  const env: Environment = Object.defineProperties(browserEnvironment(), Object.getOwnPropertyDescriptors(options.env ?? {}));
  try {
    // The gate built its model from this very config and region. Null means it found the config unreadable: a
    // config that passes the check anyway stays closed, as if it had failed. A gate that sends nothing is from
    // another release (a cached assent.js beside a new engine), which would disagree on more than this.
    const { base, fingerprint } = options;
    const model = validated(config, env, options.region, () => {
      // An earlier release's gate sends no fingerprint.
      if (base === undefined || (base && !fingerprint)) throw new Error('assent.js and assent-engine.js come from different releases');
      if (!base) throw new Error('the gate could not read this config');
      return base;
    });
    if (!model) return undefined;
    return engineActions(model, state, env, options, fingerprint!);
  } catch (e) {
    env.console.error('Assent: could not start', e);
    return undefined;
  }
}

/**
 * The actions for a validated config; releases a held state once the stored choice and GPC are applied. `fingerprint`
 * is the config's (see config-fingerprint.ts), taken by the caller, which has already read the stored choice with it:
 * the script tag's gate hands in its own, so the engine carries no second copy of the code.
 */
export function engineActions(
  model: ConsentModel,
  state: ConsentState,
  env: Environment,
  options: EngineOptions,
  fingerprint: string,
): Actions {
  const { document: doc, window: win } = env;
  const storage =
    options.storage ??
    (doc ? cookieStorage({ ...model.cookie, secure: win?.location.protocol === 'https:' }) : memoryStorage());
  const store: ConsentStore = withDecisions(state, model, storage, env, fingerprint);

  const send = (proof: object) => model.recordUrl && sendRecord(env, model.recordUrl, JSON.stringify(proof));
  // Only a site that keeps a log needs to hear that its page blocks it, so that check is a chunk of its own, which
  // the many sites without one never fetch. A record sent before it arrives (a Global Privacy Control opt-out as the
  // page starts) goes unreported; the next one is.
  let stopWatching = () => {};
  const url = model.recordUrl;
  if (doc && url) {
    import('./report-blocked-records.js').then(
      (m) => void (destroyed || (stopWatching = m.reportBlockedRecords(doc, url, env.console))),
      () => {},
    );
  }
  store.subscribe((change) => {
    const { record, revoked } = change;
    // Releasing a held state is no decision and revokes nothing: nothing to clean, announce or record. A choice
    // another page made is no decision here either, but what it revokes is cleaned up here too.
    if (!record && !revoked.length) return;
    // Every category the decision leaves off is cleaned, not only those this browser's stored choice had granted:
    // a vendor's cookies outlive the consent cookie (deleted by hand, expired, or a choice made elsewhere on the
    // site). Embeds are unloaded on a revoke only: one the visitor loaded just once stays until they leave it.
    const refused = model.categories.filter((c) => !store.granted(c.id));
    removeTraces(env, refused.flatMap((c) => c.services));
    const held = doc && revoked.length ? unloadEmbeds(doc, revoked) : [];
    if (held.length) void withUi((u) => u.renderPlaceholders(held));
    if (record) {
      doc?.dispatchEvent(new CustomEvent('assent:change', { detail: change as ChangeDetail }));
      send(record);
    }
    if (revoked.length && model.reloadOnRevoke) win?.location.reload();
  });
  // Global Privacy Control may decide before anything is released, so nothing sold runs even for a moment.
  const gpcHonoured = applyGpc(model, store, env.navigator);
  store.release();
  // A gate from an earlier release has no `known`: its page goes without these warnings rather than without an engine.
  if (doc && state.known) warnUnknownConditions(doc, state.known, env.console);

  // Decisions run in the visitor's click or the page's call: a browser that can't give the time or random bytes
  // (a broken page) leaves the choice unrecorded and says so, rather than throwing at either.
  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        fn(...args);
      } catch (e) {
        env.console.error('Assent: could not record the decision', e);
      }
    };
  const record = {
    decide: guard(store.decide),
    withdraw: guard(store.withdraw),
    loadedOnce: guard((embed: EmbedLoad, meta?: DecisionMeta) => send(store.loadedOnce(embed, meta))),
  };

  let ui: Promise<UiController | undefined> | undefined;
  /** Set by destroy(): from then on nothing of this instance is drawn, however late its interface arrives. */
  let destroyed = false;
  const host: UiHost = {
    model,
    env,
    store,
    ...record,
    gpcHonoured: () => gpcHonoured,
    i18n: options.i18n,
  };
  function withUi(fn: (ui: UiController) => void): Promise<void> {
    if (!options.loadUi || !doc || destroyed) return Promise.resolve();
    const loading = (ui ??= options.loadUi().then(
      (m) => (destroyed ? undefined : m.mountUi(host)),
      (e: unknown) => {
        // A failed fetch (offline, a chunk replaced by a deploy) isn't kept: the next request tries again.
        ui = undefined;
        env.console.error('Assent: could not load its interface', e);
        return undefined;
      },
    ));
    return loading.then((u) => {
      if (u && !destroyed) safeCall(env.console, fn, u);
    });
  }

  const decide = (action: 'accept_all' | 'reject_all' | 'custom', choice: Record<string, boolean>) =>
    record.decide(action, 'api', choice);
  /**
   * Shows the banner to a visitor who is still undecided once the interface has loaded: a decision made meanwhile
   * (through the API, right after start) has answered it. Notice mode has nothing to ask.
   */
  const ask = () => (model.mode === 'notice' ? Promise.resolve() : withUi((u) => store.get() || u.showBanner()));
  const all = (value: boolean) => Object.fromEntries(model.categories.map((c) => [c.id, value]));

  return {
    acceptAll: () => decide('accept_all', all(true)),
    rejectAll: () => decide('reject_all', all(false)),
    set: (choice: unknown) => {
      // Called from plain JavaScript too: a choice that can't be read changes nothing, rather than turning off
      // whatever it failed to say.
      if (!isPlainObject(choice) || Object.values(choice).some((v) => typeof v !== 'boolean')) {
        return env.console.error('Assent: set() takes true or false for each category, like { analytics: true }; nothing changed.');
      }
      const known = new Set(model.categories.map((c) => c.id));
      const keys = Object.keys(choice);
      for (const k of keys) if (!known.has(k)) env.console.warn(`Assent: set() ignores unknown category "${k}".`);
      // A choice that names no category of this config (a misspelling, a wrong case) isn't a refusal of them all.
      if (!keys.some((k) => known.has(k))) return env.console.error('Assent: set() names no category of this config; nothing changed.');
      const current = Object.fromEntries(model.categories.map((c) => [c.id, store.granted(c.id)]));
      decide('custom', { ...current, ...(choice as Record<string, boolean>) });
    },
    // A withdrawal that leaves no choice asks again at once, even on a page view that had drawn nothing yet.
    withdraw: () => {
      record.withdraw('api');
      return ask();
    },
    // Asked for when the page view starts undecided or held, or has a floating button; by now the choice is known.
    // Mounting is enough for the floating button: the interface draws it for a decided visitor.
    prompt: () => {
      if (store.get()) return model.ui.floatingButton ? withUi(() => {}) : Promise.resolve();
      return ask();
    },
    showBanner: () => withUi((u) => u.showBanner()),
    showPreferences: (opener) => withUi((u) => u.showPreferences(opener)),
    showPolicy: (opener, section) => withUi((u) => u.showPolicy(section, opener)),
    renderInlinePolicies: () => void withUi((u) => u.renderInlinePolicies()),
    renderPlaceholders: (targets) => void withUi((u) => u.renderPlaceholders(targets)),
    // An undecided visitor is asked, as on a first visit; a mounted interface follows the change by itself.
    sync: () => (store.sync() && !store.get() ? ask() : Promise.resolve()),
    destroy: () => {
      destroyed = true;
      // A destroyed instance sends no records, and one created in its place (a framework's second mount) reports.
      stopWatching();
      // An interface still loading is never mounted; one that is mounting is taken down once it has.
      void ui?.then((u) => u?.destroy());
    },
  };
}
