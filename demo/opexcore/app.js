// Stands in for the OpExCore platform: its server would set these two session cookies when you sign in. They are
// strictly necessary, so Assent runs in notice mode: no banner, only the declared cookie table.
(() => {
  for (const name of ['opexcore_session', 'opexcore_csrf']) {
    if (!document.cookie.split('; ').some((c) => c.startsWith(name + '='))) {
      const value = Array.from(window.crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16)).join('');
      document.cookie = name + '=' + value + '; Path=/opexcore/; SameSite=Lax';
    }
  }
})();
