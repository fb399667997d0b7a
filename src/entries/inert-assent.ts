import type { Environment } from '../core/environment.js';
import type { Assent } from './assent-api.js';

/**
 * What a page gets when its config is invalid: every call is safe, nothing is granted, nothing is shown.
 * Failing closed keeps gated scripts from running on a configuration nobody meant.
 */
export function inertAssent(env: Environment): Assent {
  const refuse = () => env.console.error('Assent: not started, because its config is invalid (see the error above).');
  const none = () => Promise.resolve();
  return {
    acceptAll: refuse,
    rejectAll: refuse,
    set: refuse,
    withdraw: refuse,
    get: () => null,
    has: () => false,
    on: () => () => {},
    onConsent: () => () => {},
    loadScript: () => new Promise(() => {}),
    showBanner: none,
    showPreferences: none,
    showPolicy: none,
    destroy() {},
  };
}
