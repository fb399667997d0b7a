import { checksum } from './checksum.js';
import { VERSION } from './version.js';

/**
 * A short hash of the configuration a choice was checked against, stored in the consent cookie. When the next
 * page view carries the same config (and region, and Assent version), the gate knows it was validated before and
 * can run without the validator; any change sends the page through validation again. Never throws: a config
 * JSON can't encode gets a fingerprint nothing matches.
 */
export function configFingerprint(config: unknown, region?: string): string {
  try {
    return checksum(VERSION + '|' + (region ?? '') + '|' + JSON.stringify(config));
  } catch {
    // A dot never appears inside a cookie field, so no stored fingerprint can match this.
    return '.';
  }
}
