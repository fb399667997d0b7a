/** Adds a live script with the given attributes; resolves when it has loaded, rejects if it failed to. */
export function injectScript(doc: Document, src: string, attrs: Record<string, string> = {}): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
    s.src = src;
    s.addEventListener('load', () => resolve(s));
    s.addEventListener('error', () => reject(new Error(`Assent: could not load ${src}`)));
    (doc.head ?? doc.documentElement).appendChild(s);
  });
}
