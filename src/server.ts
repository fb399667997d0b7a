import { decodeConsent } from './core/consent-codec.js';
import { gpcOverrides } from './core/gpc.js';
import { isCurrent } from './core/is-current.js';
import { configFingerprint as fingerprint } from './core/config-fingerprint.js';
import { ownData } from './core/own-data.js';
import type { ConsentRecord } from './core/types.js';
import { validateConfig } from './core/validate-config.js';

export type { ConsentRecord, ConsentAction, ConsentSource, EmbedLoad, LoadOnceRecord, ProofRecord } from './core/types.js';
export { renewConsentCookie, type RenewOptions } from './storage/renew-consent-cookie.js';
/**
 * The fingerprint a proof record's `config` carries: keep each config you publish under it. Taken, as the browser
 * takes it, of the config as Assent copies it.
 */
export const configFingerprint = (config: unknown, region?: string): string => fingerprint(ownData(config), region);
/** The hash a proof record's `textHash` gives its `texts`: check a record with it, and keep each wording once. */
export { textHash } from './shared/text-hash.js';

/**
 * Reads a consent cookie value on a server or at the edge (no DOM needed). Pass the raw value from the Cookie
 * header, encoded or not. Returns null for anything that isn't an intact Assent value.
 *
 * It does not know the site's config: ask `isConsentCurrent` whether the choice still holds under it. The value is
 * the visitor's own cookie, which they can write as they like: the proof of what was chosen is the record sent to
 * `recordUrl`.
 */
export function parseConsentCookie(value: string | null | undefined): ConsentRecord | null {
  return decodeConsent(value);
}

/**
 * Whether a parsed choice still holds for `config` (the site's config object, as the page gives it) and the visitor's
 * `region`, by the rules the browser applies before trusting it: the policy revision, the cookie's lifetime, the
 * categories it answers, under opt-in rules whether it was made under them, and, with `gpc` (the request carries
 * `Sec-GPC: 1`), under opt-out rules whether it still sells or shares, which the signal overrides. A server that
 * acts on the choice should ask this first, or it would act on a choice the browser asks again about, or that
 * Global Privacy Control has already turned off there.
 *
 * @throws TypeError for a config Assent itself would refuse, with the same message.
 */
export function isConsentCurrent(
  record: ConsentRecord | null,
  config: unknown,
  options: { region?: string; now?: number; gpc?: boolean } = {},
): record is ConsentRecord {
  const result = validateConfig(ownData(config), options.region);
  if (!result.ok) throw new TypeError(result.error);
  return isCurrent(record, result.model, options.now ?? Date.now()) && !gpcOverrides(result.model, record, options.gpc === true);
}
