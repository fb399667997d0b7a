import type { Assent } from './assent-api.js';

/**
 * `window.Assent` while the engine is still on its way (a first visit, or a config changed since the choice):
 * reads answer "undecided" and grant nothing, and everything else is passed on once the instance exists.
 */
export function deferredAssent(ready: Promise<Assent>): Assent {
  let live: Assent | undefined;
  void ready.then((a) => (live = a));
  type Method = (...a: unknown[]) => never;
  const later =
    <K extends keyof Assent>(name: K) =>
    (...args: unknown[]) =>
      live ? (live[name] as Method)(...args) : (ready.then((a) => (a[name] as Method)(...args)) as never);
  // A subscription made now must be undoable before the instance exists.
  const subscribe =
    (name: 'on' | 'onConsent') =>
    (...args: unknown[]): (() => void) => {
      if (live) return (live[name] as Method)(...args);
      let off: (() => void) | undefined;
      let cancelled = false;
      void ready.then((a) => {
        if (!cancelled) off = (a[name] as Method)(...args);
      });
      return () => {
        cancelled = true;
        off?.();
      };
    };
  return {
    acceptAll: later('acceptAll'),
    rejectAll: later('rejectAll'),
    set: later('set'),
    withdraw: later('withdraw'),
    get: () => live?.get() ?? null,
    has: (key) => !!live?.has(key),
    on: subscribe('on'),
    onConsent: subscribe('onConsent'),
    loadScript: later('loadScript'),
    showBanner: later('showBanner'),
    showPreferences: later('showPreferences'),
    showPolicy: later('showPolicy'),
    destroy: later('destroy'),
  };
}
