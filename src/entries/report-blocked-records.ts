/**
 * Tells the site owner, once, that the page's Content-Security-Policy keeps proof records from `recordUrl`. The
 * browser's own message names neither Assent nor the setting, and a beacon the policy blocks still returns true, so
 * the violation event is the only sign. The event names the address the record was sent to, resolved, and without
 * the fragment or the user name the browser leaves out of reports, even when the log redirects to a blocked one. A
 * report-only policy lets the record through, so its reports are no reason to warn. Gives the function that stops
 * listening, for an instance that is destroyed.
 */
export function reportBlockedRecords(doc: Document, url: string, report: Pick<Console, 'error'>): () => void {
  let href: string;
  try {
    const address = new URL(url, doc.baseURI);
    address.hash = address.username = address.password = '';
    href = address.href;
  } catch {
    // Nothing is sent to an address that can't be read, so no policy can block it.
    return () => {};
  }
  const stop = () => doc.removeEventListener('securitypolicyviolation', blocked);
  const blocked = (e: SecurityPolicyViolationEvent) => {
    if (e.disposition != 'enforce' || e.blockedURI != href) return;
    stop();
    report.error(`Assent: the Content-Security-Policy blocks recordUrl ${href}; allow it in connect-src, or proof records are lost.`);
  };
  doc.addEventListener('securitypolicyviolation', blocked);
  return stop;
}
