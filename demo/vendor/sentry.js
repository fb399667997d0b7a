/*
 * Local stand-in for Sentry's browser SDK, so demos and tests never reach the internet.
 *  - As the Loader script (https://js.sentry-cdn.com/<publicKey>.min.js) it starts itself when it loads: it calls
 *    `window.sentryOnLoad()` if the page defined one (the page then calls Sentry.init), else `Sentry.init({})`.
 *  - Loaded as `/vendor/sentry.js?manual` it behaves like the plain SDK bundle: nothing starts until the page
 *    calls `Sentry.init(...)` (for Assent's `options.init` callback).
 * `Sentry.init` keeps a Session Replay session under `sentryReplaySession` in localStorage and sessionStorage,
 * as the real SDKs do in one or the other. `Sentry.close()` stops the client and resolves like the real one.
 * For tests: `Sentry.calls` lists 'init' and 'close' in order, `Sentry.isEnabled()` says whether it runs.
 */
(function () {
  var enabled = false;
  var Sentry = {
    calls: [],
    init: function (options) {
      Sentry.calls.push('init');
      Sentry.options = options || {};
      enabled = true;
      var session = JSON.stringify({ id: Math.random().toString(16).slice(2), started: Date.now(), sampled: 'session' });
      try {
        localStorage.setItem('sentryReplaySession', session);
        sessionStorage.setItem('sentryReplaySession', session);
      } catch {
        // Storage blocked: the real SDK also carries on without a replay session.
      }
    },
    close: function () {
      Sentry.calls.push('close');
      enabled = false;
      return Promise.resolve(true);
    },
    isEnabled: function () {
      return enabled;
    },
    captureException: function () {},
  };
  window.Sentry = Sentry;
  var script = document.currentScript;
  if (script && /[?&]manual\b/.test(script.src)) return;
  if (typeof window.sentryOnLoad === 'function') window.sentryOnLoad();
  else Sentry.init({});
})();
