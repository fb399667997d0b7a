// Collects the order in which gated test scripts run.
window.__order = [];
