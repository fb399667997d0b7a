import type { Environment } from '../core/environment.js';
import type { Assent } from './assent-api.js';

/**
 * What an npm caller gets when Assent could not start: every call is safe, nothing is granted, nothing is shown.
 * Failing closed keeps gated scripts from running on a configuration nobody meant.
 */
export function inertAssent(env: Pick<Environment, 'console'>, reason: string): Assent {
  const none = () => Promise.resolve();
  const refuse = () => {
    env.console.error('Assent: ' + reason);
    return none();
  };
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
