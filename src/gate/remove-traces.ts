import type { Environment } from '../core/environment.js';
import type { Service, StorageEntry } from '../core/model.js';
import { cookieDomains } from '../storage/cookie-domains.js';
import { pathPrefixes } from '../storage/path-prefixes.js';

const matches = (e: StorageEntry, name: string) => (e.pattern ? e.pattern.test(name) : e.name === name);

/** Deletes the cookies and storage keys the given services declared, by name or `/regex/`. */
export function removeTraces(env: Environment, services: Service[]): void {
  const doc = env.document;
  const cookies = services.flatMap((s) => s.cookies);
  if (doc && cookies.length) {
    try {
      const names = doc.cookie
        .split(';')
        .map((c) => c.split('=')[0]!.trim())
        .filter(Boolean);
      const paths = pathPrefixes(env.window?.location.pathname ?? '/');
      for (const name of names) {
        if (!cookies.some((e) => matches(e, name))) continue;
        for (const domain of cookieDomains(env.window?.location.hostname ?? '')) {
          for (const p of paths) {
            doc.cookie = `${name}=; Max-Age=0; Path=${p}${domain ? '; Domain=' + domain : ''}`;
          }
        }
      }
    } catch {
      // Cookies are unavailable, so there is nothing to delete.
    }
  }
  for (const key of ['localStorage', 'sessionStorage'] as const) {
    const entries = services.flatMap((s) => s[key]);
    if (!entries.length) continue;
    try {
      // Opened only when something is declared there: reading either area counts as access, and can throw.
      const store = env[key];
      for (const name of Object.keys(store ?? {})) if (entries.some((e) => matches(e, name))) store!.removeItem(name);
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  }
}
