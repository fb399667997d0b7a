import { decodeConsent } from './core/consent-codec.js';
import type { ConsentRecord } from './core/types.js';

export type { ConsentRecord, ConsentAction, ConsentSource } from './core/types.js';
export { renewConsentCookie, type RenewOptions } from './storage/renew-consent-cookie.js';
/** The fingerprint a proof record's `config` carries: keep each config you publish under it. */
export { configFingerprint } from './core/config-fingerprint.js';
/** The hash a proof record's `textHash` gives its `texts`: check a record with it, and keep each wording once. */
export { textHash } from './shared/text-hash.js';

/**
 * Reads a consent cookie value on a server or at the edge (no DOM needed). Pass the raw value from the Cookie
 * header, encoded or not. Returns null for anything that isn't an intact Assent value.
 *
 * It does not know the site's config: check `revision` and `timestamp` against your own before relying on it.
 */
export function parseConsentCookie(value: string | null | undefined): ConsentRecord | null {
  return decodeConsent(value);
}
