import { closest, type Report } from './schema.js';
import type { ServiceConfig } from './types.js';

/**
 * The option each preset's script URL needs: the `{key}` of its recipe's template in preset-recipes.ts, written out
 * here because the recipes stay out of the engine (a test holds the two together).
 */
export const urlOptions: Readonly<Record<NonNullable<ServiceConfig['preset']>, string>> = { clarity: 'projectId', sentry: 'publicKey' };

/**
 * `options` is free-form, so a preset whose URL option is missing or misspelt would load no script and say
 * nothing. A script of the site's own (`src`) or an SDK the page bundles and starts itself (`init`) needs none;
 * the other names are the hooks src/integrations/vendor-hooks.ts reads.
 */
export function checkPresetOptions(s: ServiceConfig, path: string, report: Report, warnings: string[]): void {
  const needed = s.preset && urlOptions[s.preset];
  if (!needed) return;
  const o = s.options ?? {};
  const known = [needed, 'src', 'init', 'consent', 'queue', 'close'];
  for (const k of Object.keys(o)) {
    if (!known.includes(k)) report.unknown.push({ path: `${path}.options.${k}`, suggestion: closest(k, known) });
  }
  const v = o[needed];
  // What withRecipe puts in the URL: text or a number. An empty id would leave the vendor's URL without one.
  if (!(s.src || o.src || o.init || (typeof v == 'string' ? v : typeof v == 'number'))) {
    warnings.push(`Assent: ${path}.options: the "${s.preset}" preset loads its script only with "${needed}".`);
  }
}
