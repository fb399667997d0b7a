const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Only http(s), mailto and relative links survive; `javascript:`, `data:`, `vbscript:` and anything else give
 * undefined, and the link renders as plain text. The URL parser strips tabs, newlines and leading controls the
 * same way the browser would, so `java\tscript:` is caught too. The value checked is the value given back: a
 * trim would also take away a leading no-break space, which the parser keeps, and uncover a scheme never checked.
 */
export function safeHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://relative.invalid/');
    return ALLOWED.has(url.protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
