// Stands in for the OpsIQ visitor widget that customers embed: chat plus visitor analytics. Like the real one it
// keeps its identifiers in localStorage (declared in the cookie table), and Assent loads it only when product
// analytics may run: after consent in the EU and UK, until an opt-out in the US.
(() => {
  const id = () => Array.from(window.crypto.getRandomValues(new Uint8Array(9)), (b) => (b % 36).toString(36)).join('');
  try {
    if (!localStorage.getItem('opsiq_visitor_id')) localStorage.setItem('opsiq_visitor_id', 'v_' + id());
    localStorage.setItem('opsiq_session_id', JSON.stringify({ id: 's_' + id(), seen: Date.now() }));
  } catch {
    // Storage blocked: the widget still works, it just forgets the visitor.
  }
  const show = () => {
    if (document.querySelector('.visitor-widget')) return;
    const bubble = document.createElement('button');
    bubble.type = 'button';
    bubble.className = 'visitor-widget';
    bubble.textContent = 'Chat with OpsIQ';
    bubble.setAttribute('data-opsiq-widget', '');
    document.body.appendChild(bubble);
  };
  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show);
  // A script can't be unloaded, but a well-behaved vendor stops when told: Assent announces every decision on the
  // document, and takes the widget's storage away itself.
  document.addEventListener('assent:change', (e) => {
    if (!e.detail.revoked.includes('analytics')) return;
    document.querySelector('.visitor-widget')?.remove();
  });
})();
