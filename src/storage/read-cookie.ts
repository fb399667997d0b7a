/**
 * Reads one cookie without js-cookie: the gate reads it on every page view, and the engine reads it the same way,
 * so both see the same choice. Blocked cookies (a throwing `document.cookie`) read as absent. Two cookies of that
 * name with different values (one set on a narrower path, or on a parent domain) read as absent too: which one
 * the visitor meant can't be known, so they are asked again, and their answer replaces both.
 */
export function readCookie(doc: Document | undefined, name: string): string | undefined {
  const values = readCookies(doc, name);
  return values.every((v) => v === values[0]) ? values[0] : undefined;
}

/** Every value the page sees for the cookie `name`, copies included, in the order the browser gives them. */
export function readCookies(doc: Document | undefined, name: string): string[] {
  const found: string[] = [];
  try {
    for (const pair of doc!.cookie.split('; ')) {
      const i = pair.indexOf('=');
      if (pair.slice(0, i) === name) found.push(pair.slice(i + 1));
    }
  } catch {
    // No document, or cookies are unavailable here: there is no stored choice to read.
  }
  return found;
}
