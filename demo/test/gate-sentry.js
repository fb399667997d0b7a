// Stands in for Sentry session replay: keeps its session in localStorage.
localStorage.setItem('sentryReplaySession', '{"id":"stub"}');
window.__order.push('sentry');
