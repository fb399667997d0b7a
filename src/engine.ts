/*
 * The engine the script tag fetches when the gate alone can't serve the page view: a first visit, a changed
 * config, or a visitor who acts. It carries validation, decisions, cleanup and the way to the interface, and
 * works on the gate's own state and model rather than building them again. The two files load independently,
 * so the engine repeats only the small helpers both need to read a stored choice (the cookie's format and check,
 * Global Privacy Control, the region code, the guard around callbacks: about 0.6 kB gzip).
 */
export { attachActions } from './entries/engine-actions.js';
