// Records whether the page was still being parsed when this gated tag ran.
window.__startedWhile = document.readyState;
