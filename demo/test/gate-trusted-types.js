// Collects which held-back scripts ran on the Trusted Types test page.
window.__ran = [];
