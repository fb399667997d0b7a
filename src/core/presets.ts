import type { ServiceConfig } from './types.js';

/*
 * Built-in vendor recipes, as data. A preset fills what a service leaves out: name, provider, policy link,
 * declared cookies and storage keys (so revoking removes them and the cookie table lists them), the script URL,
 * and the vendor hooks that src/integrations/vendor-hooks.ts reads from `options`:
 *   consent: [fn, ...args]  called at init and on every decision; in any string, `{consent}` becomes 'granted' or
 *                           'denied' for the service, `{consent:marketing}` for another category
 *   queue: true             define the common `fn.q` queue stub, so calls made before the vendor loads wait
 *   init: 'fn'              a host function called once the service is granted (for an SDK the page bundles)
 *   close: 'A.b'            called when the service's category is revoked
 * A site can describe any other vendor with the same keys on its own service.
 */
const YEAR = '1 year';

const PRESETS: Record<string, Partial<ServiceConfig>> = {
  // https://learn.microsoft.com/clarity/setup-and-installation/cookie-list and the Consent API v2 page.
  clarity: {
    name: 'Microsoft Clarity',
    provider: 'Microsoft',
    policyUrl: 'https://privacy.microsoft.com/privacystatement',
    src: 'https://www.clarity.ms/tag/{projectId}',
    cookies: [
      { name: '_clck', purpose: 'Keeps the Clarity visitor id for this site', duration: YEAR },
      { name: '_clsk', purpose: 'Joins page views into one recorded session', duration: '1 day' },
      { name: 'CLID', purpose: 'Marks when Clarity first saw this browser', duration: YEAR },
      { name: 'ANONCHK', purpose: 'Flags whether MUID was passed on for ads (always off)', duration: '10 minutes' },
      { name: 'MR', purpose: 'Tells Microsoft whether to renew MUID', duration: '7 days' },
      { name: 'MUID', purpose: 'Microsoft browser id', duration: YEAR },
      { name: 'SM', purpose: 'Keeps MUID in step across Microsoft domains', duration: 'Session' },
    ],
    // Microsoft's own capitals: ad_Storage, analytics_Storage.
    options: { consent: ['clarity', 'consentv2', { ad_Storage: '{consent}', analytics_Storage: '{consent}' }], queue: true },
  },
  // Session Replay keeps its session under this key (sessionStorage in current SDKs, localStorage in some setups).
  sentry: {
    name: 'Sentry',
    provider: 'Functional Software, Inc. (Sentry)',
    policyUrl: 'https://sentry.io/privacy/',
    src: 'https://js.sentry-cdn.com/{publicKey}.min.js',
    localStorage: ['sentryReplaySession'],
    sessionStorage: ['sentryReplaySession'],
    options: { close: 'Sentry.close' },
  },
};

/** The names `preset` accepts. */
export const presetIds = Object.keys(PRESETS);

/**
 * A service with its preset's defaults filled in: anything the service sets itself wins, and `options` merge.
 * The script URL is `src`, else `options.src`, else the preset's template when every `{key}` has an option
 * (a missing project id loads nothing rather than a broken URL).
 */
export function withPreset(service: ServiceConfig): ServiceConfig {
  const preset = service.preset ? PRESETS[service.preset] : undefined;
  if (!preset) return service;
  const options: Record<string, unknown> = { ...preset.options, ...service.options };
  let complete = true;
  const template = preset.src?.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = options[key];
    if (typeof v !== 'string' && typeof v !== 'number') complete = false;
    return encodeURIComponent(String(v));
  });
  const src = service.src ?? (options.src as string | undefined) ?? (complete ? template : undefined);
  const out: ServiceConfig = { ...preset, ...service, options };
  if (src) out.src = src;
  else delete out.src;
  return out;
}
