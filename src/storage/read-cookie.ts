/**
 * Reads one cookie without js-cookie, for the gate's every-page-view path. Writing stays with js-cookie in the
 * engine. Blocked cookies (a throwing `document.cookie`) read as absent.
 */
export function readCookie(doc: Document | undefined, name: string): string | undefined {
  try {
    for (const pair of doc!.cookie.split('; ')) {
      const i = pair.indexOf('=');
      if (pair.slice(0, i) === name) return pair.slice(i + 1);
    }
  } catch {
    // No document, or cookies are unavailable here: there is no stored choice to read.
  }
  return undefined;
}
