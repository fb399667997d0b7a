/*
 * The engine the script tag fetches when the gate alone can't serve the page view: a first visit, a changed
 * config, or a visitor who acts. It carries validation, decisions, cleanup and the way to the interface.
 */
export { attachActions, createAssent } from './entries/create-assent.js';
