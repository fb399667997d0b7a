/**
 * Tells the site owner, once, that the page's Content-Security-Policy keeps proof records from `recordUrl`. The
 * browser's own message names neither Assent nor the setting, and a beacon the policy blocks still returns true, so
 * the violation event is the only sign. Chromium names there the address the record was sent to, resolved, even when
 * the log redirects to a blocked one. A report-only policy lets the record through, so its reports are no reason to
 * warn.
 */
export function reportBlockedRecords(doc: Document, url: string, report: Pick<Console, 'error'>): void {
  let href: string;
  try {
    href = new URL(url, doc.baseURI).href;
  } catch {
    // Nothing is sent to an address that can't be read, so no policy can block it.
    return;
  }
  const blocked = (e: SecurityPolicyViolationEvent) => {
    if (e.disposition != 'enforce' || e.blockedURI != href) return;
    doc.removeEventListener('securitypolicyviolation', blocked);
    report.error(`Assent: the Content-Security-Policy blocks recordUrl ${href}; allow it in connect-src, or proof records are lost.`);
  };
  doc.addEventListener('securitypolicyviolation', blocked);
}
