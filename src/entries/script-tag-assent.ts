import type { Assent } from './assent-api.js';
import { inertAssent } from './inert-assent.js';

export interface ScriptTagAssent extends Assent {
  /** Starts Assent with a config object; with `data-manual` the page calls this itself. */
  init(config: unknown): void;
}

/**
 * `window.Assent`: the same methods as an instance, plus `init`. Without `data-manual`, the config is read at
 * once from `<script type="application/json" id="assent-config">`, which a strict CSP allows because it is
 * data, not script. Calls made before `init` see an undecided visitor and show nothing.
 */
export function scriptTagAssent(
  doc: Document,
  script: HTMLScriptElement | null,
  create: (config: unknown, region?: string) => Assent,
): ScriptTagAssent {
  let instance: Assent = inertAssent({ console }, 'not started yet: call Assent.init(config) first.');
  let started = false;
  const api = {
    init(config: unknown) {
      if (started) return console.warn('Assent: init() was called twice; the second call was ignored.');
      started = true;
      instance = create(config, script?.getAttribute('data-region') || undefined);
    },
  } as ScriptTagAssent;
  for (const name of [
    'acceptAll', 'rejectAll', 'set', 'withdraw', 'get', 'has', 'on', 'onConsent', 'loadScript',
    'showBanner', 'showPreferences', 'showPolicy', 'destroy',
  ] as const) {
    (api as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      (instance[name] as (...a: unknown[]) => unknown)(...args);
  }
  if (script?.hasAttribute('data-manual')) return api;
  const el = doc.getElementById('assent-config');
  if (!el) {
    console.error('Assent: no config found. Add <script type="application/json" id="assent-config"> before assent.js, or data-manual to call Assent.init(config).');
    return api;
  }
  let config: unknown;
  try {
    config = JSON.parse(el.textContent ?? '');
  } catch (e) {
    console.error(`Assent: #assent-config does not hold valid JSON (${(e as Error).message}).`);
    return api;
  }
  api.init(config);
  return api;
}
