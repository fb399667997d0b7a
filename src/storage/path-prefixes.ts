/**
 * The paths a cookie this page can see may have been set on: every leading part of its own path, with and without
 * its closing slash, which a cookie's Path tells apart (`/app/settings` → `/`, `/app`, `/app/`, `/app/settings`).
 * A script that sets a cookie without a path gets its directory.
 */
export function pathPrefixes(path: string): Set<string> {
  const out = new Set(['/']);
  let at = 0;
  while ((at = path.indexOf('/', at + 1)) > 0) out.add(path.slice(0, at)).add(path.slice(0, at + 1));
  out.add(path);
  return out;
}
