/*
 * Local stand-in for Microsoft Clarity's tag (https://www.clarity.ms/tag/<projectId>), so demos and tests never
 * reach the internet. Like the real tag it:
 *  - replays calls queued on `window.clarity.q` by the standard snippet stub (Assent's Clarity preset defines it);
 *  - replaces `window.clarity` with its own function;
 *  - sets its cookies only when `clarity('consentv2', { analytics_Storage: 'granted', ... })` was called, or
 *    right away if no consentv2 call ever came (a project that doesn't ask for consent);
 *  - does NOT delete its cookies on 'denied': removing them is the consent tool's job, which tests check.
 * First-party names as on the real site (_clck, _clsk) plus the Microsoft ones (CLID, ANONCHK, MR, MUID, SM),
 * which the real Clarity sets on its own domains; here they are first-party so removal can be observed.
 * For tests: `window.clarity.calls` lists every call as a plain array, `window.clarity.loaded` is true.
 */
(function () {
  var queued = (window.clarity && window.clarity.q) || [];
  var calls = [];
  var year = 31536000;
  function setCookies() {
    var id = Math.random().toString(36).slice(2, 10);
    var cookies = [
      ['_clck', id + '|2|stub|0|1', year],
      ['_clsk', id + '|1|0|stub', 86400],
      ['CLID', id, year],
      ['ANONCHK', '0', 600],
      ['MR', '0', 604800],
      ['MUID', id.toUpperCase(), year],
      ['SM', 'C', 0],
    ];
    cookies.forEach(function (c) {
      document.cookie = c[0] + '=' + c[1] + '; path=/' + (c[2] ? '; max-age=' + c[2] : '') + '; SameSite=Lax';
    });
  }
  function clarity(command, value) {
    calls.push(Array.prototype.slice.call(arguments));
    if (command === 'consentv2' && value && value.analytics_Storage === 'granted') setCookies();
  }
  clarity.calls = calls;
  clarity.loaded = true;
  window.clarity = clarity;
  for (var i = 0; i < queued.length; i++) clarity.apply(null, queued[i]);
  if (!calls.some(function (c) { return c[0] === 'consentv2'; })) setCookies();
})();
