/**
 * The domains a cookie this page can see may have been set on: none (host-only), then every parent domain
 * (`www.shop.example.com` → `.shop.example.com`, `.example.com`). Deleting on a public suffix is a no-op, so
 * trying them all is safe and needs no suffix list. An IP address has no parent domains.
 */
export function cookieDomains(host: string): (string | undefined)[] {
  const parts = host.split('.');
  const out: (string | undefined)[] = [undefined];
  if (/^[\d.]+$|:/.test(host)) return out;
  for (let i = 0; i < parts.length - 1; i++) out.push('.' + parts.slice(i).join('.'));
  return out;
}
