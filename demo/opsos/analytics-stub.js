// Stands in for Google Analytics 4 (gtag.js) so the demo works offline: it sets the same two first-party cookies,
// _ga and _ga_<property ID>. Assent loads it only after Analytics is allowed.
(() => {
  const twoYears = 2 * 365 * 864e5 / 1000;
  const now = Math.floor(Date.now() / 1000);
  const client = Math.floor(Math.random() * 1e9) + '.' + now;
  const set = (name, value) => {
    document.cookie = name + '=' + value + '; Max-Age=' + twoYears + '; Path=/; SameSite=Lax';
  };
  if (!document.cookie.includes('_ga=')) set('_ga', 'GA1.1.' + client);
  set('_ga_OPSOSDEMO1', 'GS1.1.' + now + '.1.0.' + now + '.0.0.0');
  window.opsosAnalyticsLoaded = true;
})();
