window.__order.push('first');
