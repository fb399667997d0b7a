// Imports the npm build the way a single-page app would, without calling anything.
import { createAssent, parseConsentCookie } from '/dist/index.js';
window.__esm = { createAssent, parseConsentCookie };
