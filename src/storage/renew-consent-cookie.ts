import { decodeConsent } from '../core/consent-codec.js';
import { expiryOf, withinLifetime } from '../core/is-current.js';
import { COOKIE_DOMAIN, COOKIE_NAME } from '../core/cookie-name.js';

export interface RenewOptions {
  /** The config's `cookie.name`. Default `"assent"`. */
  name?: string;
  /** The config's `cookie.days`. Default 365. */
  days?: number;
  /** The config's `cookie.domain`, if it has one. */
  domain?: string;
  /** Adds `Secure`. Default `true`; pass `false` only for a site served over plain http. */
  secure?: boolean;
  /** The current time in ms, for tests. */
  now?: number;
}

/**
 * A `Set-Cookie` header that stores the visitor's choice again from your server, unchanged, until the same expiry
 * the choice had. Safari deletes cookies written by script after seven days of browser use without an interaction
 * on the site; a cookie set by the site's own server is kept, so a refusal lasts as long as a consent (CNIL asks for
 * six months). Gives null, so nothing is sent, for a value that is missing, edited or past its lifetime.
 * Send it with page navigations only: a response already in flight when the visitor decides again would put the
 * old choice back.
 */
export function renewConsentCookie(value: string | null | undefined, options: RenewOptions = {}): string | null {
  if (typeof options != 'object') throw new TypeError('renewConsentCookie: the second argument is the cookie settings, like config.cookie.');
  const { name = 'assent', days = 365, domain, secure = true, now = Date.now() } = options ?? {};
  if (!COOKIE_NAME.test(name)) throw new TypeError(`renewConsentCookie: "${name}" is not a cookie name (RFC 6265 token).`);
  if (!Number.isInteger(days) || days < 1 || days > 395) {
    throw new TypeError(`renewConsentCookie: days must be a whole number from 1 to 395, got ${String(days)}.`);
  }
  if (domain !== undefined && !COOKIE_DOMAIN.test(domain)) throw new TypeError(`renewConsentCookie: "${domain}" is not a domain.`);
  const record = decodeConsent(value);
  if (!record || !withinLifetime(record.timestamp, days, now)) return null;
  const seconds = Math.floor((expiryOf(record.timestamp, days) - now) / 1000);
  if (seconds <= 0) return null;
  // A valid value holds only cookie-octets, so decoding gives it exactly as the browser stored it.
  const attributes = [`${name}=${decodeURIComponent(value!)}`, 'Path=/', `Max-Age=${seconds}`, 'SameSite=Lax'];
  if (domain) attributes.push(`Domain=${domain}`);
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
