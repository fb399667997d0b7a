import type { UiHost } from '../core/ui-host.js';

/**
 * Self-service access (GDPR Art. 15 and 20): the visitor's stored record as a JSON file, made in the browser
 * with a Blob, so nothing is sent anywhere.
 */
export function downloadRecord(host: UiHost, language: string): void {
  const doc = host.env.document;
  const win = host.env.window;
  if (!doc || !win) return;
  const data = {
    consent: host.store.get(),
    revision: host.model.revision,
    language,
    exported: new Date(host.env.now()).toISOString(),
  };
  const url = win.URL.createObjectURL(new win.Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = 'consent-record.json';
  a.rel = 'noopener';
  a.click();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 1000);
}
