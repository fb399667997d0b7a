// OpsIQ announces material policy changes 14 days before they take effect (ui.policy.pending). The date in the
// page's config was true when the demo was written; this keeps the announcement 14 days ahead of today, so the
// notice can still be seen long after. It runs before assent.js, which reads the config next. A real site
// writes the actual date into its config and removes the announcement once the revision is in force.
(() => {
  const el = document.getElementById('assent-config');
  if (!el) return;
  try {
    const config = JSON.parse(el.textContent || '');
    const pending = config.ui && config.ui.policy && config.ui.policy.pending;
    if (!pending) return;
    pending.effective = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
    el.textContent = JSON.stringify(config);
  } catch {
    // A broken config stays as it is; Assent reports it.
  }
})();
