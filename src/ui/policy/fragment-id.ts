/**
 * The element id a `#fragment` names, percent-decoded as the browser does. The address is the visitor's (or a
 * link's someone sent them): a malformed escape such as `#%zz` names the id as written, rather than throwing into
 * the page.
 */
export function fragmentId(hash: string): string {
  const id = hash.slice(1);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
