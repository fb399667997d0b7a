import { withRecipe } from './preset-recipes.js';
import type { ServiceConfig } from './types.js';

type PresetId = NonNullable<ServiceConfig['preset']>;

/*
 * Built-in vendor presets, as data. A preset fills what a service leaves out: name, provider, policy link and
 * declared cookies and storage keys (so revoking removes them and the cookie table lists them). Its script URL
 * and vendor hooks are in core/preset-recipes.ts, which the gate carries; what is here is only needed by the
 * engine and the interface. A site can describe any other vendor with the same keys on its own service.
 * The purposes of a preset's cookies are interface texts (`preset.<preset>.<name>` in every locale) and the
 * durations are ISO 8601, so the cookie table reads in the visitor's language.
 */
const PRESETS: Record<PresetId, Partial<ServiceConfig>> = {
  // https://learn.microsoft.com/clarity/setup-and-installation/cookie-list and the Consent API v2 page.
  clarity: {
    name: 'Microsoft Clarity',
    provider: 'Microsoft',
    policyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: [
      { name: '_clck', duration: 'P1Y' },
      { name: '_clsk', duration: 'P1D' },
      { name: 'CLID', duration: 'P1Y' },
      { name: 'ANONCHK', duration: 'PT10M' },
      { name: 'MR', duration: 'P7D' },
      { name: 'MUID', duration: 'P1Y' },
      { name: 'SM', duration: 'session' },
    ],
  },
  // Session Replay keeps its session under this key (sessionStorage in current SDKs, localStorage in some setups).
  sentry: {
    name: 'Sentry',
    provider: 'Functional Software, Inc. (Sentry)',
    policyUrl: 'https://sentry.io/privacy/',
    localStorage: ['sentryReplaySession'],
    sessionStorage: [{ name: 'sentryReplaySession', duration: 'session' }],
  },
};

/** The names `preset` accepts (the recipes in preset-recipes.ts have the same). */
// Pure, so a bundle that never names presets drops it.
export const presetIds = /* @__PURE__ */ Object.keys(PRESETS) as PresetId[];

/** A service with its preset's texts and declared storage filled in; the service's own values win. */
export function withPresetDetails(service: ServiceConfig): ServiceConfig {
  const details = service.preset ? PRESETS[service.preset] : undefined;
  // Without a prototype, as the config and its recipe are.
  return details ? Object.assign(Object.create(null), details, service) : service;
}

/** A service with its preset filled in: texts and declared storage here, script and hooks from its recipe. */
export function withPreset(service: ServiceConfig): ServiceConfig {
  return withPresetDetails(withRecipe(service));
}
