// "Forget all my demo choices": the demo sites share this origin, so one button can clear every cookie they set
// (on any of their paths) and every localStorage key, and each site asks again on the next visit.
document.addEventListener('click', (event) => {
  const button = event.target instanceof window.Element ? event.target.closest('[data-reset-demo]') : null;
  if (!button) return;
  const paths = ['/', '/opexcore/', '/opsos/', '/orchestrate/', '/opsiq/'];
  // Cookies scoped to a site's own path are invisible from here, so their names are listed.
  const scoped = ['opexcore_session', 'opexcore_csrf', 'opsos_session', 'opsos_csrf', 'orch_org'];
  const visible = document.cookie.split(';').map((c) => c.split('=')[0].trim());
  for (const name of new Set([...visible, ...scoped])) {
    if (!name) continue;
    for (const path of paths) document.cookie = name + '=; Max-Age=0; Path=' + path;
  }
  try {
    localStorage.clear();
  } catch {
    // Storage is blocked, so nothing was kept there.
  }
  const status = document.querySelector('[data-reset-status]');
  if (status) status.textContent = 'Done: every demo will ask again.';
});
