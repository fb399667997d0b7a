import type { ServiceConfig } from './types.js';

/*
 * What the gate needs from a built-in vendor preset on every page view: the script URL template and the vendor
 * hooks that src/integrations/vendor-hooks.ts reads from `options`:
 *   consent: [fn, ...args]  called at start and on every decision; in any string, `{consent}` becomes 'granted' or
 *                           'denied' for the service, `{consent:marketing}` for another category
 *   queue: true             define the common `fn.q` queue stub, so calls made before the vendor loads wait
 *   init: 'fn'              a host function called once the service is granted (for an SDK the page bundles)
 *   close: 'A.b'            called when the service's category is revoked
 * The texts a preset adds for people (names, cookie tables) live in core/presets.ts, outside the gate.
 */
const RECIPES: Record<string, { src: string; options: Record<string, unknown> }> = {
  // Microsoft's own capitals: ad_Storage, analytics_Storage (Clarity Consent API v2). Consent to analytics is not
  // consent to advertising: ad storage follows the marketing category, and a site without one never grants it.
  clarity: {
    src: 'https://www.clarity.ms/tag/{projectId}',
    options: { consent: ['clarity', 'consentv2', { ad_Storage: '{consent:marketing}', analytics_Storage: '{consent}' }], queue: true },
  },
  sentry: { src: 'https://js.sentry-cdn.com/{publicKey}.min.js', options: { close: 'Sentry.close' } },
};

/** The presets that have a recipe; the engine's list of names lives in presets.ts, beside their texts. */
// Pure, so the gate, which never names presets, drops it.
export const recipeIds = /* @__PURE__ */ Object.keys(RECIPES);

/**
 * A service with its preset's script and hooks filled in: `options` merge, the service's own win. The script URL
 * is `src`, else `options.src`, else the preset's template when every `{key}` has an option (a missing project id
 * loads nothing rather than a broken URL).
 */
export function withRecipe(service: ServiceConfig): ServiceConfig {
  const recipe = service.preset ? RECIPES[service.preset] : undefined;
  if (!recipe) return service;
  // Without a prototype, like the config they come from: a polluted `Object.prototype` mustn't name a hook or a
  // script address.
  const options: Record<string, unknown> = Object.assign(Object.create(null), recipe.options, service.options);
  let complete = true;
  const template = recipe.src.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = options[key];
    if (typeof v !== 'string' && typeof v !== 'number') complete = false;
    try {
      return encodeURIComponent(String(v));
    } catch {
      // A lone surrogate can't be a project id: nothing loads, and the config's model is still built.
      complete = false;
      return '';
    }
  });
  const out: ServiceConfig = Object.assign(Object.create(null), service, { options });
  const src = service.src ?? (options.src as string | undefined) ?? (complete ? template : undefined);
  if (src) out.src = src;
  return out;
}
