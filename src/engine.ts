/*
 * The engine the script tag fetches when the gate alone can't serve the page view: a first visit, a changed
 * config, or a visitor who acts. It carries validation, decisions, cleanup and the way to the interface, and
 * works on the gate's own state, so none of the gate's code is fetched twice.
 */
export { attachActions } from './entries/engine-actions.js';
