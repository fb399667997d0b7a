import type { ConsentMode } from './types.js';

/** EU member states, so `regions: { EU: 'opt-in' }` covers them without listing 27 codes. */
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';

/** A visitor's region as the rules name it: in capitals, without the spaces a template leaves (`"{{ country }} "`). */
export const regionCode = (region: unknown): string => String(region ?? '').trim().toUpperCase();

/**
 * Picks the mode for a visitor's region: the subdivision (`US-CA`), then the country (`US`), then `EU`
 * for a member state, then `default`, then the site-wide mode. The widget can't geolocate, so the region
 * always comes from the site.
 */
export function resolveMode(base: ConsentMode, regions?: Record<string, ConsentMode>, region?: string): ConsentMode {
  if (!regions) return base;
  const code = regionCode(region);
  const country = code.split('-')[0] ?? '';
  return (
    regions[code] ??
    regions[country] ??
    (country.length === 2 && EU.includes(country) ? regions.EU : undefined) ??
    regions.default ??
    base
  );
}
