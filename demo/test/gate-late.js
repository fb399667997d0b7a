// Plays a tag manager: adds a gated tag once the page has loaded.
window.addEventListener('load', () => {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.setAttribute('data-assent', 'analytics');
  s.src = '/test/gate-first.js';
  document.body.append(s);
  window.__lateAdded = true;
});
