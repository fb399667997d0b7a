window.__ran.push('service');
