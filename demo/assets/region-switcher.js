// A demo can't geolocate its visitors, so OpsIQ's page offers "visit as if from…" links (?region=US-CA, and
// &gpc=1 to send a Global Privacy Control signal). This file is loaded after the #assent-config JSON and before
// assent.js, so the region it writes into that JSON is the one Assent reads a moment later. Being an external
// file, it runs under `script-src 'self'`; an inline script would be blocked by the strict CSP.
//
// A real site knows the region on its server (a geo-IP header, for instance) and writes it into the page as
// <script src="/dist/assent.js" data-region="US-CA">, which needs no script at all.
(() => {
  const params = new URL(window.location.href).searchParams;
  const region = (params.get('region') || '').toUpperCase();
  const gpc = params.get('gpc') === '1';
  const valid = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(region);
  const el = document.getElementById('assent-config');
  // Without ?region= the config's own default region applies (and is shown as the current choice).
  let current = valid ? region : '';

  if (el) {
    try {
      const config = JSON.parse(el.textContent || '');
      if (valid) {
        config.region = region;
        el.textContent = JSON.stringify(config);
      } else current = String(config.region || '').toUpperCase();
    } catch {
      // Leave a broken config alone: Assent reports it on the console and stays closed.
    }
  }

  // Browsers such as Brave and Firefox (with the setting on) send GPC themselves; Chrome doesn't, so the demo
  // can simulate it.
  if (gpc) {
    try {
      Object.defineProperty(window.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    } catch {
      // The browser already defines it and won't let the demo override it; its own value stands.
    }
  }

  // Mark the current choice and keep it while the visitor moves between this site's pages.
  const query = (valid ? '?region=' + encodeURIComponent(region) : '') + (valid && gpc ? '&gpc=1' : '');
  document.addEventListener('DOMContentLoaded', () => {
    for (const link of document.querySelectorAll('[data-region-switcher] a')) {
      const on = link.getAttribute('data-region') === current && link.hasAttribute('data-gpc') === gpc;
      if (on) link.setAttribute('aria-current', 'true');
    }
    if (!query) return;
    const here = window.location.pathname.replace(/[^/]*$/, '');
    for (const link of document.querySelectorAll('a[href]')) {
      const url = new URL(link.getAttribute('href') || '', window.location.href);
      if (url.origin !== window.location.origin || !url.pathname.startsWith(here) || url.search) continue;
      if (link.closest('[data-region-switcher]') || link.hasAttribute('data-assent-open')) continue;
      link.setAttribute('href', url.pathname + query + url.hash);
    }
  });
})();
