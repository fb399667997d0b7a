window.__hostRan = true;
