import type { ConsentState, StateChange } from '../core/consent-state.js';
import type { GateEnvironment } from '../core/environment.js';
import type { GateModel } from '../core/gate-model.js';
import { safeCall } from '../core/safe-call.js';
import type { ChangeDetail } from '../core/types.js';
import type { Actions, ActionsLoader } from '../core/ui-host.js';
import { injectScript } from '../gate/inject-script.js';
import { readCookie } from '../storage/read-cookie.js';
import { listenForOpeners } from '../gate/open-triggers.js';
import { createScriptGate } from '../gate/script-gate.js';
import { trustedScript } from '../gate/trusted-script.js';
import { builtInIntegrations } from '../integrations/built-in.js';
import type { IntegrationContext, IntegrationHandle } from '../integrations/integration.js';
import type { Assent, Names } from './assent-api.js';

type Call = (...args: unknown[]) => unknown;

/**
 * The part of Assent that runs on every page view: it puts the choice in force (gated tags, embeds, services,
 * Consent Mode, vendor hooks) and answers the reading half of the API. Everything else (decisions, cleanup, the
 * interface) comes from `load`, which is called only when the visitor or the page acts, when the state is held, or
 * after load for a floating button.
 */
export function startGate(
  model: GateModel,
  env: GateEnvironment,
  state: ConsentState,
  load: ActionsLoader,
  /** The consent cookie's value as the page view started with it. */
  seen: string | undefined,
): Assent {
  const doc = env.document;
  const { has } = state;
  const test = (condition: string) =>
    condition[0] === '!' ? !!state.get() && !has(condition.slice(1)) : has(condition);

  const noop = () => {};
  let dead = false;
  /**
   * Whether a call must do nothing: every call to a destroyed instance, and one whose arguments (`usage` says what
   * they should be) plain JavaScript got wrong, which would otherwise only fail at the next decision, or never.
   * The console names the call.
   */
  const refused = (name: string, usage?: string | false) => {
    const why = dead ? 'destroy() was called' : usage;
    if (why) env.console.error(`Assent: ${name}() did nothing; ${why}.`);
    return !!why;
  };
  // A destroyed instance's listeners go quiet: what waited for consent through it never runs.
  const subscribe = (fn: (change: StateChange) => void) => state.subscribe((change) => void (dead || fn(change)));

  /**
   * Runs `fn` once the code of the current task has run, unless the instance is destroyed by then. A framework that
   * mounts twice (React's StrictMode) destroys its first instance in the tick that made it: that one must have
   * started nothing, no script, no vendor's SDK, no Consent Mode update, or the page would get each twice.
   */
  const later = (fn: () => void) => void Promise.resolve().then(() => dead || safeCall(env.console, fn));

  // A name the config lacks (a typo, another case) would wait for ever without a word. A config that couldn't be read
  // has no categories, and has said so already.
  const unknown = (key: string) => !!model.categories[0] && !state.known(key) && `the config has no "${key}"`;
  const onConsent = (key: string, fn: () => void): (() => void) => {
    if (refused('onConsent', typeof key != 'string' || typeof fn != 'function' ? 'it takes a category and a function' : unknown(key))) return noop;
    let waiting = true;
    const check = () => {
      if (!waiting || !has(key)) return;
      stop();
      safeCall(env.console, fn);
    };
    const off = subscribe(check);
    const stop = () => {
      waiting = false;
      off();
    };
    later(check);
    return stop;
  };

  // One per gate: a page that enforces Trusted Types allows the policy's name once.
  const trust = trustedScript(env.window, env.nonce);
  const loadScript = (src: string, category: string, attrs?: Record<string, string> | null) =>
    new Promise<HTMLScriptElement>((resolve, reject) => {
      // Called from plain JavaScript too: no address is no request, rather than a fetch of "/null"; no category would
      // wait forever; attributes that aren't an object (a string, an array) would be spread item by item.
      if (typeof src != 'string' || typeof category != 'string' || (attrs && (typeof attrs != 'object' || Array.isArray(attrs)))) {
        throw new TypeError('Assent: loadScript() takes a URL, a category and optional attributes');
      }
      // A destroyed instance's script never loads, like one whose category is never granted.
      if (refused('loadScript', unknown(category))) return;
      onConsent(category, () => void (doc && injectScript(doc, src, attrs, trust.url, env.nonce).then(resolve, reject)));
    });

  let actions: ReturnType<ActionsLoader> | undefined;
  /**
   * Runs `fn` with the engine's actions: at once where they are bundled, after one fetch otherwise. A failed fetch
   * (the loader has said so) isn't kept: one network hiccup mustn't leave the rest of the page view deaf.
   */
  const act = (fn: (a: Actions) => unknown): Promise<void> => {
    let done: unknown;
    try {
      if (!actions) {
        const loading = load(() => dead);
        actions = 'then' in loading ? loading.catch(() => (actions = undefined)) : loading;
      }
      done = 'then' in actions ? actions.then((a) => a && fn(a)) : fn(actions);
    } catch (e) {
      done = Promise.reject(e);
    }
    return Promise.resolve(done).then(
      () => {},
      (e: unknown) => env.console.error('Assent: could not complete the request', e),
    );
  };
  const call =
    (name: keyof Actions, ...before: unknown[]) =>
    (...args: unknown[]) =>
      refused(name) ? Promise.resolve() : act((a) => (a[name] as Call)(...before, ...args));

  const watchers = new Set<() => void>();
  const ctx: IntegrationContext = {
    model,
    env,
    store: state,
    has,
    renderPlaceholders: (targets) => void call('renderPlaceholders')(targets),
    onPageChange: (fn) => {
      watchers.add(fn);
      return () => void watchers.delete(fn);
    },
    later,
  };
  // Before the gate: what they put off (a stored choice's Consent Mode update, vendor calls) then comes before any
  // gated tag's release, which waits too.
  const handles: (IntegrationHandle | void)[] = builtInIntegrations.map((integration) =>
    safeCall(env.console, integration, ctx, 'an integration failed to start'),
  );
  const gate = createScriptGate(
    env,
    test,
    () => {
      scanPage();
      for (const fn of [...watchers]) safeCall(env.console, fn);
    },
    trust,
  );
  subscribe(gate.release);

  for (const c of model.categories) {
    for (const s of c.services) {
      // A blocked vendor (an ad blocker, a network filter) is the visitor's choice, not the page's error: it is
      // reported quietly, never as an unhandled rejection that the site's own error monitoring would collect.
      // One per page: an instance made again (a component mounted anew) finds its predecessor's script there. Added
      // directly, not through loadScript(), which would wait for the same consent a second time.
      const src = s.src;
      if (src) onConsent(`${c.id}.${s.id}`, () => {
        if (doc && !doc.querySelector(`[data-assent-service=${s.id}]`)) {
          injectScript(doc, src, { 'data-assent-service': s.id }, trust.url, env.nonce).catch((e: unknown) => env.console.warn(e));
        }
      });
    }
  }

  // A held state needs the engine at once. So does an undecided visitor, who will be asked: the interface's
  // fetch starts now, in parallel with the page.
  // A failed first fetch (a network hiccup, a deploy under way) would leave the visitor unasked for the whole page
  // view: the loader forgot it (`actions` is empty again), so it is asked for once more, a few seconds later.
  let retried = false;
  const prompt = () =>
    void call('prompt')().then(() => {
      if (!actions && !dead && !retried) {
        retried = true;
        env.window?.setTimeout(prompt, 3000);
      }
    });
  if (state.held() || (!state.get() && model.mode !== 'notice')) prompt();
  // A decided visitor's floating button is drawn on every view, so such a site fetches the engine and the
  // interface each time; after the page has loaded, so they never compete with it.
  else if (model.ui.floatingButton) {
    if (doc?.readyState === 'complete') prompt();
    else env.window?.addEventListener('load', prompt, { once: true });
  }

  const stopOpeners = doc ? listenForOpeners(doc, (view, opener, section) => call(view, opener)(section)) : () => {};

  // A choice made in another tab, or while this page sat in the back/forward cache, must hold here too, so a
  // withdrawal reaches every page the visitor has open. It is taken up as soon as the page is seen again: the
  // engine is fetched only when the stored value has changed.
  // `visibilitychange` bubbles from the document to the window, where the other two are fired.
  const stored = () => readCookie(doc, model.cookie.name);
  const sync = (e: Event) => {
    // Every load fires a pageshow: only one from the back/forward cache can bring a changed choice, and a return
    // visit mustn't pay for a second read of the cookie.
    if ((e as PageTransitionEvent).persisted === false) return;
    const now = stored();
    if (now !== seen) {
      seen = now;
      void call('sync')();
    }
  };
  const shown = 'pageshow focus visibilitychange'.split(' ');
  for (const type of shown) env.window?.addEventListener(type, sync);
  // A decision made here writes the cookie too: what is stored after it is what this page holds, so a withdrawal
  // elsewhere that brings back the value this page started with is still seen as a change.
  state.subscribe(() => void (seen = stored()));
  // The UI appends an <assent-policy> host to each policy it renders, so only new ones match (where :has exists).
  function scanPage() {
    let unrendered: Element | null | undefined;
    try {
      unrendered = doc?.querySelector('[data-assent-policy]:not(:has(>assent-policy))');
    } catch {
      unrendered = doc?.querySelector('[data-assent-policy]');
    }
    if (unrendered) void call('renderInlinePolicies')();
  }
  // The API methods that the engine's actions of the same name answer. A view also gets the element that had focus,
  // read when called, which gets it back when the dialog closes.
  const names = 'acceptAll rejectAll set withdraw showBanner showPreferences showPolicy';
  // Each name must be an action and a method: the returned object's type then catches a method left out of both.
  const passed = Object.fromEntries(
    (names.split(' ') as Names<typeof names>[]).map((n) => [
      n,
      n.startsWith('show') ? (section?: string) => call(n, doc?.activeElement)(section) : call(n),
    ]),
  ) as Pick<Assent, Names<typeof names>>;

  return {
    ...passed,
    get: state.get,
    has,
    // Only decisions are changes; a held state's release isn't one.
    on: (event, fn) =>
      refused('on', (event != 'change' || typeof fn != 'function') && "it takes 'change' and a function")
        ? noop
        : subscribe((change) => void (change.record && fn(change as ChangeDetail))),
    onConsent,
    loadScript,
    destroy() {
      // Everything below may run again: a second call (a framework's cleanup run twice) finds nothing left to do.
      dead = true;
      env.window?.removeEventListener('load', prompt);
      gate.stop();
      stopOpeners();
      for (const type of shown) env.window?.removeEventListener(type, sync);
      for (const h of handles) h?.destroy?.();
      if (actions) void act((a) => a.destroy());
    },
  };
}
