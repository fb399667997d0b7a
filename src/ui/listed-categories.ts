import type { Category, Service } from '../core/model.js';
import type { UiHost } from '../core/ui-host.js';

/** The service that stands for Assent's own cookie. No config id starts with a hyphen, so it never meets a site's. */
export const CONSENT_SERVICE = '-assent';

/**
 * The categories as the cookie tables list them: with the consent cookie among the strictly necessary ones, since
 * a regulator expects every cookie the site sets in its list, the one keeping the choice included. A site that lists
 * that cookie itself (by name, or by a `/regex/` matching it, in any category) keeps its own entry. A site with no
 * strictly necessary category gets one, as the tables show it. Notice mode stores no choice, so there is no cookie
 * to list.
 */
export function listedCategories({ model, env }: Pick<UiHost, 'model' | 'env'>): Category[] {
  const { categories, cookie, mode } = model;
  const listed = categories.some((c) => c.services.some((s) => s.cookies.some((e) => e.name === cookie.name || e.pattern?.test(cookie.name))));
  if (mode === 'notice' || listed) return categories;
  const service: Service = {
    id: CONSENT_SERVICE,
    // First party: the site's own domain, the one the cookie is shared across when `cookie.domain` says so.
    provider: cookie.domain ?? env.document?.location?.hostname,
    // One ISO 8601 amount, which the tables write out in the visitor's language.
    cookies: [{ name: cookie.name, duration: cookie.days === 365 ? 'P1Y' : `P${cookie.days}D` }],
    localStorage: [],
    sessionStorage: [],
  };
  const home = categories.find((c) => c.required);
  if (home) return categories.map((c) => (c === home ? { ...c, services: [...c.services, service] } : c));
  // The id of the built-in "Strictly necessary" texts; a site that gave it to an optional category keeps it.
  if (categories.some((c) => c.id === 'necessary')) return categories;
  return [{ id: 'necessary', required: true, saleOrShare: false, services: [service] }, ...categories];
}
