/*
 * The engine the script tag fetches when the gate alone can't serve the page view: a first visit, a changed
 * config, or a visitor who acts. It carries validation, decisions, cleanup and the way to the interface, and
 * works on the gate's own state rather than starting a second one. The two files load independently, so the
 * engine repeats the small helpers both need to read a config and a cookie (about 1 kB gzip).
 */
export { attachActions } from './entries/engine-actions.js';
