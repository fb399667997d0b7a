import Cookies from 'js-cookie';
import type { ConsentStorage } from './consent-storage.js';
import { cookieDomains } from './cookie-domains.js';
import { memoryStorage } from './memory-storage.js';
import { pathPrefixes } from './path-prefixes.js';
import { readCookie, readCookies } from './read-cookie.js';

export interface CookieOptions {
  name: string;
  days: number;
  domain?: string;
  secure: boolean;
}

/**
 * The first-party consent cookie. Where cookies are disabled or `document.cookie` throws (sandboxed frames),
 * the value is kept in memory instead, so the page still works and simply asks again next time.
 */
export function cookieStorage(o: CookieOptions): ConsentStorage {
  const jar = Cookies.withAttributes({
    path: '/',
    sameSite: 'Lax',
    expires: o.days,
    ...(o.secure ? { secure: true } : {}),
    ...(o.domain ? { domain: o.domain } : {}),
  });
  const memory = memoryStorage();
  let blocked = false;
  /**
   * Removes every copy of this cookie the page can see, which would leave two choices to read: on the narrower
   * paths of this page, host-only or on a parent domain (from before the site set `cookie.domain`, or changed it).
   * The one written next replaces the copy it removes.
   */
  const removeOthers = () => {
    for (const path of pathPrefixes(location.pathname)) {
      for (const domain of cookieDomains(location.hostname)) jar.remove(o.name, { path, domain: domain ?? '' });
    }
  };
  return {
    read() {
      if (blocked) return memory.read();
      try {
        // A probe: readCookie swallows the error a blocked cookie jar throws, which must mark the storage blocked.
        void document.cookie;
        // Read as the gate reads it: two different values are no choice.
        return readCookie(document, o.name);
      } catch {
        blocked = true;
        return undefined;
      }
    },
    copies: () => (blocked ? [] : readCookies(document, o.name)),
    write(value, expires) {
      try {
        removeOthers();
        jar.set(o.name, value, expires ? { expires } : {});
        blocked = readCookie(document, o.name) !== value;
      } catch {
        blocked = true;
      }
      if (blocked) memory.write(value);
      return !blocked;
    },
    clear() {
      memory.clear();
      try {
        removeOthers();
        jar.remove(o.name);
      } catch {
        // Nothing was stored where nothing can be stored.
      }
    },
  };
}
