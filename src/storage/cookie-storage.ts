import Cookies from 'js-cookie';
import type { ConsentStorage } from './consent-storage.js';
import { memoryStorage } from './memory-storage.js';

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
  return {
    read() {
      if (blocked) return memory.read();
      try {
        return jar.get(o.name);
      } catch {
        blocked = true;
        return undefined;
      }
    },
    write(value, expires) {
      try {
        jar.set(o.name, value, expires ? { expires } : {});
        blocked = jar.get(o.name) !== value;
      } catch {
        blocked = true;
      }
      if (blocked) memory.write(value);
      return !blocked;
    },
    clear() {
      memory.clear();
      try {
        jar.remove(o.name);
      } catch {
        // Nothing was stored where nothing can be stored.
      }
    },
  };
}
