// Records that a gated tag ran: window.__ran gets the query of its src (?analytics, ?marketing).
(window.__ran = window.__ran || []).push(new URL(document.currentScript.src).search.slice(1));
