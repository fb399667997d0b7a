import { withRecipe } from './preset-recipes.js';
import type { ServiceConfig } from './types.js';

export { presetIds } from './preset-recipes.js';

/*
 * Built-in vendor presets, as data. A preset fills what a service leaves out: name, provider, policy link and
 * declared cookies and storage keys (so revoking removes them and the cookie table lists them). Its script URL
 * and vendor hooks are in core/preset-recipes.ts, which the gate carries; these texts are only needed by the
 * engine and the interface. A site can describe any other vendor with the same keys on its own service.
 */
const YEAR = '1 year';

const PRESETS: Record<string, Partial<ServiceConfig>> = {
  // https://learn.microsoft.com/clarity/setup-and-installation/cookie-list and the Consent API v2 page.
  clarity: {
    name: 'Microsoft Clarity',
    provider: 'Microsoft',
    policyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: [
      { name: '_clck', purpose: 'Keeps the Clarity visitor id for this site', duration: YEAR },
      { name: '_clsk', purpose: 'Joins page views into one recorded session', duration: '1 day' },
      { name: 'CLID', purpose: 'Marks when Clarity first saw this browser', duration: YEAR },
      { name: 'ANONCHK', purpose: 'Flags whether MUID was passed on for ads (always off)', duration: '10 minutes' },
      { name: 'MR', purpose: 'Tells Microsoft whether to renew MUID', duration: '7 days' },
      { name: 'MUID', purpose: 'Microsoft browser id', duration: YEAR },
      { name: 'SM', purpose: 'Keeps MUID in step across Microsoft domains', duration: 'Session' },
    ],
  },
  // Session Replay keeps its session under this key (sessionStorage in current SDKs, localStorage in some setups).
  sentry: {
    name: 'Sentry',
    provider: 'Functional Software, Inc. (Sentry)',
    policyUrl: 'https://sentry.io/privacy/',
    localStorage: ['sentryReplaySession'],
    sessionStorage: ['sentryReplaySession'],
  },
};

/** A service with its preset's texts and declared storage filled in; the service's own values win. */
export function withPresetDetails(service: ServiceConfig): ServiceConfig {
  const details = service.preset ? PRESETS[service.preset] : undefined;
  return details ? { ...details, ...service } : service;
}

/** A service with its preset filled in: texts and declared storage here, script and hooks from its recipe. */
export function withPreset(service: ServiceConfig): ServiceConfig {
  return withPresetDetails(withRecipe(service));
}
