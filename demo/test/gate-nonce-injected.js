// Stands for an attacker's script: the nonce test page must never run it.
window.__ran.push('injected');
