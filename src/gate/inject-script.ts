/**
 * Adds a live script with the given attributes; resolves when it has loaded, rejects if it failed to. `url` makes
 * the address acceptable to a page that enforces Trusted Types (see trusted-script.ts); `nonce`, the page's, to
 * one whose policy allows scripts by nonce alone (without 'strict-dynamic').
 */
export function injectScript(
  doc: Document,
  src: string,
  attrs: Record<string, string> | null | undefined,
  url: (src: string) => string,
  nonce?: string,
): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    for (const [k, v] of Object.entries(attrs ?? {})) s.setAttribute(k, v);
    if (nonce) s.nonce = nonce;
    s.src = url(src);
    s.addEventListener('load', () => resolve(s));
    s.addEventListener('error', () => reject(new Error(`Assent: could not load ${src}`)));
    (doc.head ?? doc.documentElement).appendChild(s);
  });
}
