import type { Environment } from '../core/environment.js';
import type { Service, StorageEntry } from '../core/model.js';
import { pathPrefixes } from '../storage/path-prefixes.js';

const matches = (e: StorageEntry, name: string) => (e.pattern ? e.pattern.test(name) : e.name === name);

/**
 * The domains a vendor may have set a cookie on from this host: none (host-only), then every parent domain
 * (`www.shop.example.com` → `.shop.example.com`, `.example.com`). Deleting on a public suffix is a no-op, so
 * trying them all is safe and needs no suffix list.
 */
function domains(host: string): (string | undefined)[] {
  const parts = host.split('.');
  const out: (string | undefined)[] = [undefined];
  if (/^[\d.]+$|:/.test(host)) return out;
  for (let i = 0; i < parts.length - 1; i++) out.push('.' + parts.slice(i).join('.'));
  return out;
}

/** Deletes the cookies and storage keys a revoked category's services declared, by name or `/regex/`. */
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
        for (const domain of domains(env.window?.location.hostname ?? '')) {
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
