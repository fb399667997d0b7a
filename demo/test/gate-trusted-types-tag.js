window.__ran.push('tag');
