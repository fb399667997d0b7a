window.__order.push('fallback');
