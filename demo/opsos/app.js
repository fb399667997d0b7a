// Stands in for the OpsOS app: its server would set the two session cookies. The "Compact lists" switch works for
// everyone, but the layout is only remembered (localStorage "opsos_ui") once Experience cookies are allowed.
(() => {
  for (const name of ['opsos_session', 'opsos_csrf']) {
    if (!document.cookie.split('; ').some((c) => c.startsWith(name + '='))) {
      const value = Array.from(window.crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16)).join('');
      document.cookie = name + '=' + value + '; Path=/opsos/; SameSite=Lax';
    }
  }

  const assent = window.Assent;
  const button = document.getElementById('density-toggle');
  const allowed = () => !!assent && assent.has('preferences');
  const read = () => {
    try {
      return JSON.parse(localStorage.getItem('opsos_ui') || '{}');
    } catch {
      return {};
    }
  };
  let layout = allowed() ? read() : {};
  const save = () => {
    if (allowed()) localStorage.setItem('opsos_ui', JSON.stringify(layout));
  };
  const apply = () => {
    document.body.classList.toggle('compact', !!layout.compact);
    if (button) button.setAttribute('aria-pressed', String(!!layout.compact));
  };
  layout.lastModule = window.location.hash.slice(1) || layout.lastModule || 'planning';
  apply();
  if (button) {
    button.addEventListener('click', () => {
      layout.compact = !layout.compact;
      apply();
      save();
    });
  }
  // Remember the layout as soon as the visitor allows it; Assent removes opsos_ui itself if they withdraw.
  if (assent) assent.onConsent('preferences', save);
})();
