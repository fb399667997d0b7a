import type { Assent } from './assent-api.js';

export interface ScriptTagAssent extends Assent {
  /** Starts Assent with a config object; with `data-manual` the page calls this itself. */
  init(config: unknown): void;
}

const METHODS = [
  'acceptAll', 'rejectAll', 'set', 'withdraw', 'get', 'has', 'on', 'onConsent', 'loadScript',
  'showBanner', 'showPreferences', 'showPolicy', 'destroy',
] as const;

/** What a call answers before `init`: undecided, nothing granted, nothing shown. */
const idle = (name: (typeof METHODS)[number]) =>
  name === 'get' ? null : name === 'has' ? false : name[0] === 'o' ? () => {} : Promise.resolve();

/**
 * `window.Assent`: the same methods as an instance, plus `init`. Without `data-manual`, the config is read at
 * once from `<script type="application/json" id="assent-config">`, which a strict CSP allows because it is
 * data, not script. Calls made before `init` are refused with an error, and see an undecided visitor.
 */
export function scriptTagAssent(
  doc: Document,
  script: HTMLScriptElement | null,
  create: (config: unknown, region?: string) => Assent,
): ScriptTagAssent {
  let instance: Assent | undefined;
  const api = {
    init(config: unknown) {
      if (instance) return console.warn('Assent: init() was called twice; the second call was ignored.');
      instance = create(config, script?.getAttribute('data-region') || undefined);
    },
  } as ScriptTagAssent;
  for (const name of METHODS) {
    (api as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (instance) return (instance[name] as (...a: unknown[]) => unknown)(...args);
      console.error('Assent: not started yet: call Assent.init(config) first.');
      return idle(name);
    };
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
