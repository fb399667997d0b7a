import { createConsentStore, type ConsentStore } from '../core/consent-store.js';
import { browserEnvironment, type Environment } from '../core/environment.js';
import type { ConsentModel } from '../core/model.js';
import { safeCall } from '../core/safe-call.js';
import type { ChangeDetail } from '../core/types.js';
import type { UiController, UiHost } from '../core/ui-host.js';
import { validateConfig } from '../core/validate-config.js';
import { createScriptGate } from '../gate/script-gate.js';
import { injectScript } from '../gate/inject-script.js';
import { listenForOpeners } from '../gate/open-triggers.js';
import { removeTraces } from '../gate/remove-traces.js';
import { builtInIntegrations } from '../integrations/built-in.js';
import type { IntegrationContext, IntegrationHandle } from '../integrations/integration.js';
import { cookieStorage } from '../storage/cookie-storage.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { Assent, AssentOptions } from './assent-api.js';
import { inertAssent } from './inert-assent.js';

const INVALID = 'not started, because of the error above.';

/**
 * Creates one independent Assent instance. A config that fails validation is reported once on the console
 * and gives an instance that grants nothing and shows nothing: the page keeps working, closed.
 */
export function createAssent(config: unknown, options: AssentOptions = {}): Assent {
  const env = options.env ?? browserEnvironment();
  try {
    const result = validateConfig(config, options.region);
    for (const w of result.warnings) env.console.warn(w);
    if (!result.ok) {
      env.console.error(result.error);
      return inertAssent(env, INVALID);
    }
    return start(result.model, env, options);
  } catch (e) {
    env.console.error('Assent: could not start', e);
    return inertAssent(env, INVALID);
  }
}

function start(model: ConsentModel, env: Environment, options: AssentOptions): Assent {
  const { document: doc, window: win } = env;
  const storage =
    options.storage ??
    (doc ? cookieStorage({ ...model.cookie, secure: win?.location.protocol === 'https:' }) : memoryStorage());
  const store: ConsentStore = createConsentStore(model, storage, env);

  const { has } = store;
  const test = (condition: string) =>
    condition[0] === '!' ? !!store.get() && !has(condition.slice(1)) : has(condition);

  const onConsent = (key: string, fn: () => void): (() => void) => {
    if (has(key)) {
      safeCall(env.console, fn);
      return () => {};
    }
    const off = store.subscribe(() => {
      if (!has(key)) return;
      off();
      safeCall(env.console, fn);
    });
    return off;
  };

  const loadScript = (src: string, category: string, attrs?: Record<string, string>) =>
    new Promise<HTMLScriptElement>((resolve, reject) => {
      onConsent(category, () => (doc ? injectScript(doc, src, attrs).then(resolve, reject) : undefined));
    });

  let ui: Promise<UiController | undefined> | undefined;
  const handles: IntegrationHandle[] = [];
  const host: UiHost = {
    model,
    env,
    store,
    decide: store.decide,
    withdraw: (source, meta) => store.withdraw(source, meta),
    gpcHonoured: () => handles.some((h) => h.gpcHonoured?.()),
    i18n: options.i18n,
  };
  const ctx: IntegrationContext = {
    model,
    env,
    store,
    has,
    loadScript,
    renderPlaceholders: (targets) => void withUi((u) => u.renderPlaceholders(targets)),
    onPageChange: (fn) => {
      watchers.add(fn);
      return () => void watchers.delete(fn);
    },
  };
  // Activation is asynchronous, so integrations below (Consent Mode defaults) still run before any gated tag.
  const watchers = new Set<() => void>();
  const gate = createScriptGate(env, test, () => {
    scanPage();
    for (const fn of [...watchers]) safeCall(env.console, fn);
  });
  store.subscribe((detail: ChangeDetail) => {
    const revoked = model.categories.filter((c) => detail.revoked.includes(c.id));
    if (revoked.length) removeTraces(env, revoked.flatMap((c) => c.services));
    gate.release();
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

  for (const integration of builtInIntegrations) {
    try {
      const h = integration(ctx);
      if (h) handles.push(h);
    } catch (e) {
      env.console.error('Assent: an integration failed to start', e);
    }
  }

  for (const c of model.categories) {
    for (const s of c.services) if (s.src) void loadScript(s.src, `${c.id}.${s.id}`, { 'data-assent-service': s.id });
  }


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

  const showPreferences = (opener?: Element | null) => withUi((u) => u.showPreferences(opener));
  const showPolicy = (section?: string, opener?: Element | null) => withUi((u) => u.showPolicy(section, opener));
  const showBanner = () => withUi((u) => u.showBanner());

  // The fetch starts at once, in parallel with the page, whenever the visitor has to be asked.
  if (!store.get() && model.mode !== 'notice') void showBanner();

  const stopOpeners = doc
    ? listenForOpeners(doc, (view, opener) =>
        view === 'policy' ? showPolicy(undefined, opener) : view === 'banner' ? showBanner() : showPreferences(opener),
      )
    : () => {};
  // The UI appends an <assent-policy> host to each policy it renders, so only new ones match (where :has exists).
  function scanPage() {
    let unrendered: Element | null | undefined;
    try {
      unrendered = doc?.querySelector('[data-assent-policy]:not(:has(>assent-policy))');
    } catch {
      unrendered = doc?.querySelector('[data-assent-policy]');
    }
    if (unrendered) void withUi((u) => u.renderInlinePolicies());
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
    get: store.get,
    has,
    on: (_event, fn) => store.subscribe(fn),
    onConsent,
    loadScript,
    showBanner,
    showPreferences: () => showPreferences(doc?.activeElement),
    showPolicy: (section) => showPolicy(section, doc?.activeElement),
    destroy() {
      gate.stop();
      stopOpeners();
      for (const h of handles) h.destroy?.();
      void ui?.then((u) => u?.destroy());
    },
  };
}
