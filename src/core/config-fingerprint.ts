import { checksum } from './checksum.js';
import { regionCode } from './resolve-mode.js';
import { VERSION } from './version.js';

/**
 * A short hash of the configuration a choice was checked against, stored in the consent cookie. When the next
 * page view carries the same config (and region, and Assent version), the gate knows it was validated before and
 * can run without the validator; any change sends the page through validation again. The region is taken as the
 * rules read it, so a server keying configs by `US-CA` finds a record a page stamped under `data-region="us-ca "`.
 * Never throws: a config JSON can't encode gets a fingerprint nothing matches.
 */
export function configFingerprint(config: unknown, region?: string): string {
  try {
    // JSON leaves a key out whose value is a symbol, and `ownData` puts one where a config refers back to itself: a
    // config refused for that must not share the fingerprint of the same config without the key, or a choice stored
    // under that one would put it in force unchecked.
    return checksum(VERSION + '|' + regionCode(region) + '|' + JSON.stringify(config, (_, v: unknown) => (typeof v == 'symbol' ? '\0' : v)));
  } catch {
    // A dot never appears inside a cookie field, so no stored fingerprint can match this.
    return '.';
  }
}
