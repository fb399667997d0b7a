import type { ConsentState } from '../core/consent-state.js';
import type { GateEnvironment } from '../core/environment.js';
import type { GateModel } from '../core/gate-model.js';
import { safeCall } from '../core/safe-call.js';
import type { Actions, ActionsLoader } from '../core/ui-host.js';
import { injectScript } from '../gate/inject-script.js';
import { listenForOpeners } from '../gate/open-triggers.js';
import { createScriptGate } from '../gate/script-gate.js';
import { builtInIntegrations } from '../integrations/built-in.js';
import type { IntegrationContext, IntegrationHandle } from '../integrations/integration.js';
import type { ChangeDetail } from '../core/types.js';
import type { Assent } from './assent-api.js';

/**
 * The part of Assent that runs on every page view: it puts the choice in force (gated tags, embeds, services,
 * Consent Mode, vendor hooks) and answers the reading half of the API. Everything else (decisions, cleanup, the
 * interface) comes from `load`, which is called only when the visitor or the page acts.
 */
export function startGate(
  model: GateModel,
  env: GateEnvironment,
  state: ConsentState,
  load: ActionsLoader,
): Assent {
  const doc = env.document;
  const { has } = state;
  const test = (condition: string) =>
    condition[0] === '!' ? !!state.get() && !has(condition.slice(1)) : has(condition);

  const onConsent = (key: string, fn: () => void): (() => void) => {
    if (has(key)) {
      safeCall(env.console, fn);
      return () => {};
    }
    const off = state.subscribe(() => {
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

  let actions: ReturnType<ActionsLoader> | undefined;
  const act = (fn: (a: Actions) => unknown): Promise<void> => {
    try {
      actions ??= load();
      return 'then' in actions
        ? actions.then((a) => a && fn(a)).then(
            () => {},
            (e: unknown) => env.console.error('Assent: could not complete the request', e),
          )
        : Promise.resolve(fn(actions)).then(() => {});
    } catch (e) {
      env.console.error('Assent: could not complete the request', e);
      return Promise.resolve();
    }
  };

  // Activation is asynchronous, so integrations below (Consent Mode defaults) still run before any gated tag.
  const watchers = new Set<() => void>();
  const gate = createScriptGate(env, test, () => {
    scanPage();
    for (const fn of [...watchers]) safeCall(env.console, fn);
  });
  state.subscribe(gate.release);

  const ctx: IntegrationContext = {
    model,
    env,
    store: state,
    has,
    loadScript,
    renderPlaceholders: (targets) => void act((a) => a.renderPlaceholders(targets)),
    onPageChange: (fn) => {
      watchers.add(fn);
      return () => void watchers.delete(fn);
    },
  };
  const handles: IntegrationHandle[] = [];
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

  // A held state needs the engine at once. So does an undecided visitor, who will be asked: the interface's
  // fetch starts now, in parallel with the page.
  if (state.held() || (!state.get() && model.mode !== 'notice')) void act((a) => a.prompt());

  const stopOpeners = doc
    ? listenForOpeners(doc, (view, opener) =>
        act((a) =>
          view === 'policy' ? a.showPolicy(undefined, opener) : view === 'banner' ? a.showBanner() : a.showPreferences(opener),
        ),
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
    if (unrendered) void act((a) => a.renderInlinePolicies());
  }

  return {
    acceptAll: () => act((a) => a.acceptAll()),
    rejectAll: () => act((a) => a.rejectAll()),
    set: (choice) => act((a) => a.set(choice)),
    withdraw: () => act((a) => a.withdraw()),
    get: state.get,
    has,
    // Only decisions are changes; a held state's release isn't one.
    on: (_event, fn) => state.subscribe((change) => void (change.record && fn(change as ChangeDetail))),
    onConsent,
    loadScript,
    showBanner: () => act((a) => a.showBanner()),
    showPreferences: () => {
      const opener = doc?.activeElement;
      return act((a) => a.showPreferences(opener));
    },
    showPolicy: (section) => {
      const opener = doc?.activeElement;
      return act((a) => a.showPolicy(section, opener));
    },
    destroy() {
      gate.stop();
      stopOpeners();
      for (const h of handles) h.destroy?.();
      if (actions) void act((a) => a.destroy());
    },
  };
}
