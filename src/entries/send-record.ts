import type { Environment } from '../core/environment.js';

/**
 * Sends a proof record to the site's log. A beacon outlives the page, so it comes first. A browser refuses one
 * (sendBeacon returns false) once the page's keep-alive allowance is spent, which other tags' beacons can do, and a
 * page or an extension may have removed sendBeacon; a plain request then still reaches the log while the page stays
 * open. It goes as the beacon would: the same text body, with cookies, and without reading an answer that another
 * origin need not allow. A beacon the page's Content-Security-Policy blocks still returns true, and the request
 * would be blocked as well; reportBlockedRecords says so. Nothing here may break the decision: the site's change
 * listener still sees the record.
 */
export function sendRecord(env: Pick<Environment, 'window' | 'navigator'>, url: string, body: string): void {
  try {
    if (env.navigator?.sendBeacon?.(url, body)) return;
  } catch {
    // A throwing sendBeacon is one more reason to send the request.
  }
  try {
    env.window?.fetch(url, { method: 'POST', body, mode: 'no-cors', credentials: 'include' }).catch(() => {});
  } catch {
    // No way left to send it.
  }
}
