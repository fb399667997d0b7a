import type { Assent, AssentOptions } from './entries/assent-api.js';
import type { AssentConfig, ChangeDetail } from './core/types.js';
import { createAssent as create } from './entries/create-assent.js';

export type { Assent, AssentOptions } from './entries/assent-api.js';
export type { ScriptTagAssent } from './entries/script-tag-assent.js';
export type * from './core/types.js';
export type { ConsentStorage } from './storage/consent-storage.js';
export type { Environment } from './core/environment.js';
export { parseConsentCookie } from './server.js';

declare global {
  interface DocumentEventMap {
    /** Dispatched on `document` after every decision made on the page, with what changed. */
    'assent:change': CustomEvent<ChangeDetail>;
  }
}

/**
 * Creates an Assent instance for a single-page app. Importing this module does nothing by itself; the UI
 * chunk is fetched only when something has to be shown. The config is checked where it enters, whatever its type:
 * the typed form lets an editor offer its keys, and the other takes one read from JSON.
 */
export function createAssent(config: AssentConfig, options?: AssentOptions): Assent;
export function createAssent(config: unknown, options?: AssentOptions): Assent;
export function createAssent(config: unknown, options: AssentOptions = {}): Assent {
  return create(config, { loadUi: () => import('./ui/mount.js'), ...options });
}
