import type { GoogleConsentModeConfig } from '../core/types.js';
import type { Integration } from './integration.js';

type Signals = Record<string, string>;
type GtagWindow = { dataLayer?: unknown[]; gtag?: unknown };

/** The four signals Consent Mode v2 requires in every default. */
const V2 = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];
/** Without a `map`, `analytics_storage` follows `analytics` and the three `ad_*` signals follow `marketing`. */
const DEFAULT_MAP = Object.fromEntries(V2.map((k) => [k, [k[1] === 'd' ? 'marketing' : 'analytics']]));

/**
 * Google's snippet, `function gtag(){dataLayer.push(arguments)}`: gtag.js reads only `arguments` objects and
 * skips arrays, so neither an array nor a rest parameter would do.
 */
const toArgs = function (_command: string, _type: string, _signals: object): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
};

/** A queued tag command (`config`, `event`) or a Tag Manager event object. */
const isTag = (e: unknown) => {
  const x = e as { 0?: unknown; event?: unknown } | null;
  return !!x && (x[0] === 'config' || x[0] === 'event' || x.event !== undefined);
};

// Written for a config nobody has validated yet: the script tag sends the default before the engine checks it.
const mapOf = ({ map }: GoogleConsentModeConfig) => (map && typeof map === 'object' && !Array.isArray(map) ? map : DEFAULT_MAP);
const signalsOf = (gcm: GoogleConsentModeConfig) => [...new Set([...V2, ...Object.keys(mapOf(gcm))])];

const sender = (w: GtagWindow) => (type: string, payload: object) => {
  // The page's own gtag (Tag Manager's or a wrapper) is used as it is, never replaced.
  if (typeof w.gtag === 'function') w.gtag('consent', type, payload);
  else (w.dataLayer ||= []).push(toArgs('consent', type, payload));
};

/**
 * The Consent Mode default: every signal denied. It must precede every tag, so the script tag sends it at once,
 * even before the engine has validated the config; the denied default is safe whatever the config turns out to be.
 * Gives where in `dataLayer` the next command must go to stay ahead of tags queued above Assent, or -1 when
 * nothing was queued ahead of it.
 */
function sendConsentDefault(win: unknown, gcm: GoogleConsentModeConfig, report: Pick<Console, 'warn'>): number {
  const w = win as GtagWindow;
  const defaults: Record<string, unknown> = Object.fromEntries(signalsOf(gcm).map((k) => [k, 'denied']));
  if (typeof gcm.waitForUpdate === 'number') defaults.wait_for_update = gcm.waitForUpdate;
  if (Array.isArray(gcm.region)) defaults.region = gcm.region;
  const queued = (w.dataLayer ||= []);
  const first = queued.findIndex(isTag);
  // Tags queued above Assent, while gtag.js hasn't taken over the array yet: the default still goes first.
  if (queued.push === Array.prototype.push) {
    if (first >= 0) return queued.splice(first, 0, toArgs('consent', 'default', defaults)), first + 1;
  } else {
    // gtag.js and Tag Manager take over `push` when they load: whatever they were given before this ran without a
    // default, the most common way a Consent Mode setup goes wrong.
    report.warn('Assent: a Google tag loaded before assent.js and may have run without the Consent Mode default; put assent.js first in <head>.');
  }
  sender(w)('default', defaults);
  return -1;
}

/**
 * Google Consent Mode v2. The default goes out synchronously at start, before any tag the gate releases; then one `update` and one `assent_consent` event follow every decision, and
 * every page view that starts with a choice (or, in opt-out mode, with granted defaults). A signal is granted only
 * when all its categories are.
 */
export const googleConsentMode: Integration = ({ model, env, store, later }) => {
  const gcm = model.googleConsentMode;
  const w = env.window as unknown as GtagWindow | undefined;
  if (!gcm || !w) return;
  const map = mapOf(gcm);
  const state = (): Signals =>
    // An array check, not just a length: on a config the engine will reject, a string entry must not throw first.
    Object.fromEntries(signalsOf(gcm).map((k) => [k, Array.isArray(map[k]) && map[k].length && map[k].every(store.granted) ? 'granted' : 'denied']));
  // A decision or a revoke always updates; a page view (or a held state's release) only when there is something to say. `at`
  // puts it at that place in `dataLayer` rather than last.
  let told = false;
  const update = (decided?: unknown, at = -1) => {
    const now = state();
    if (!decided && !store.get() && !Object.values(now).includes('granted')) return;
    told = true;
    const event = {
      event: 'assent_consent',
      assent: Object.fromEntries(model.categories.map((c) => [c.id, store.granted(c.id)])),
    };
    if (at >= 0) return void w.dataLayer!.splice(at, 0, toArgs('consent', 'update', now), event);
    sender(w)('update', now);
    (w.dataLayer ||= []).push(event);
  };
  // The page view's first update goes right after the default: where tags were queued above Assent, a stored choice
  // then reaches them too, rather than coming after they ran as denied. Only the default can't wait; the update
  // follows before the page's next script, and an instance discarded at once sends none. A decision made by the code
  // that started Assent has said it all already.
  const at = sendConsentDefault(w, gcm, env.console);
  later(() => told || update(undefined, at));
  // A choice another page made revokes here without a decision of this page's; Google's tags must hear it too.
  return { destroy: store.subscribe((change) => update(change.record || change.revoked.length)) };
};
