/**
 * Reads one cookie without js-cookie: the gate reads it on every page view, and the engine reads it the same way,
 * so both see the same choice. Blocked cookies (a throwing `document.cookie`) read as absent. Two cookies of that
 * name with different values (one set on a narrower path, or on a parent domain) read as absent too: which one
 * the visitor meant can't be known, so they are asked again, and their answer replaces both.
 */
export function readCookie(doc: Document | undefined, name: string): string | undefined {
  let found: string | undefined;
  try {
    for (const pair of doc!.cookie.split('; ')) {
      const i = pair.indexOf('=');
      if (pair.slice(0, i) !== name) continue;
      const value = pair.slice(i + 1);
      if (found !== undefined && found !== value) return undefined;
      found = value;
    }
  } catch {
    // No document, or cookies are unavailable here: there is no stored choice to read.
  }
  return found;
}
