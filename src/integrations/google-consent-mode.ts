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

/**
 * Google Consent Mode v2. The default (all denied) goes out synchronously at init, before any tag the gate
 * releases; then one `update` and one `assent_consent` event follow every decision, and every page view that
 * starts with a choice (or, in opt-out mode, with granted defaults). A signal is granted only when all its
 * categories are.
 */
export const googleConsentMode: Integration = ({ model, env, store }) => {
  const gcm = model.googleConsentMode;
  const w = env.window as unknown as GtagWindow | undefined;
  if (!gcm || !w) return;
  const map = gcm.map ?? DEFAULT_MAP;
  const signals = [...new Set([...V2, ...Object.keys(map)])];
  const state = (test: (id: string) => boolean): Signals =>
    Object.fromEntries(signals.map((k) => [k, map[k]?.length && map[k].every(test) ? 'granted' : 'denied']));

  const dataLayer = () => (w.dataLayer ||= []);
  const send = (type: string, payload: object) => {
    // The page's own gtag (Tag Manager's or a wrapper) is used as it is, never replaced.
    if (typeof w.gtag === 'function') w.gtag('consent', type, payload);
    else dataLayer().push(toArgs('consent', type, payload));
  };
  const update = () => {
    const now = state(store.granted);
    send('update', now);
    dataLayer().push({
      event: 'assent_consent',
      assent: Object.fromEntries(model.categories.map((c) => [c.id, store.granted(c.id)])),
    });
  };

  const defaults: Record<string, unknown> = state(() => false);
  if (gcm.waitForUpdate !== undefined) defaults.wait_for_update = gcm.waitForUpdate;
  if (gcm.region) defaults.region = gcm.region;
  const queued = dataLayer();
  const first = queued.findIndex(isTag);
  // Tags queued above Assent, while gtag.js hasn't taken over the array yet: the default still goes first.
  if (first >= 0 && queued.push === Array.prototype.push) queued.splice(first, 0, toArgs('consent', 'default', defaults));
  else send('default', defaults);

  if (store.get() || Object.values(state(store.granted)).includes('granted')) update();
  return { destroy: store.subscribe(update) };
};
