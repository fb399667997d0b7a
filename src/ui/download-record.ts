import type { UiHost } from '../core/ui-host.js';

/**
 * Self-service access (GDPR Art. 15 and 20): the visitor's stored record as a JSON file, made in the browser
 * with a Blob, so nothing is sent anywhere.
 */
export function downloadRecord(host: UiHost, language: string): void {
  const doc = host.env.document;
  const win = host.env.window;
  if (!doc || !win) return;
  const iso = (ms: number) => new Date(ms).toISOString();
  const consent = host.store.get();
  // The stored choice in the proof record's terms (its time as ISO 8601, the config fingerprint it was made
  // under), so a visitor can match it against what the site kept.
  const data = {
    consent: consent && { ...consent, time: iso(consent.timestamp) },
    revision: host.model.revision,
    /** The language of the interface that made this file; the decision's own is in the site's record. */
    language,
    exported: iso(host.env.now()),
  };
  const url = win.URL.createObjectURL(new win.Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = 'consent-record.json';
  a.rel = 'noopener';
  a.click();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 1000);
}
