import { ownData } from '../core/own-data.js';
import type { Assent, Names } from './assent-api.js';

export interface ScriptTagAssent extends Assent {
  /** Starts Assent with a config object; with `data-manual` the page calls this itself. */
  init(config: unknown): void;
}

type Call = (...args: unknown[]) => unknown;

const NO_CONFIG = 'it has no config (see the first error)';

/**
 * `window.Assent`: the same methods as an instance, plus `init`. Without `data-manual`, the config is read at
 * once from `<script type="application/json" id="assent-config">`, which a strict CSP allows because it is
 * data, not script. Before `init`, every call is refused with an error and answers as if undecided.
 */
export function scriptTagAssent(
  doc: Document,
  script: HTMLScriptElement | null,
  create: (config: unknown, region?: string) => Assent,
): ScriptTagAssent {
  let instance: Assent | undefined;
  // What the page must do before calls work: the refusal says so, naming the call that did nothing.
  let missing = 'call Assent.init(config) first';
  const api = {
    init(config: unknown) {
      if (instance) return console.warn('Assent: init() was called twice; the second call was ignored.');
      missing = NO_CONFIG;
      // Called by the page itself under data-manual: whatever its config holds, nothing is thrown back at it.
      try {
        instance = create(ownData(config), script?.getAttribute('data-region') || undefined);
      } catch (e) {
        console.error('Assent: could not start', e);
      }
    },
  } as ScriptTagAssent & Record<string, Call>;
  const methods = 'acceptAll rejectAll set withdraw showBanner showPreferences showPolicy get has on onConsent loadScript destroy';
  // Every method of an instance, and nothing else: a method added to Assent and missing here doesn't compile.
  type Listed = Names<typeof methods>;
  const whole: [Exclude<keyof Assent, Listed>, Exclude<Listed, keyof Assent>] extends [never, never] ? string : never = methods;
  for (const name of whole.split(' ')) {
    api[name] = (...args) => {
      if (instance) return (instance[name as keyof Assent] as Call)(...args);
      console.error(`Assent: ${name}() did nothing; ${missing}.`);
      // Undecided: no choice, nothing granted, subscriptions that can be undone. A decision's or a view's promise
      // says the request is over, not what it did, so it resolves: `get()` afterwards shows nothing changed, as
      // after destroy(). loadScript()'s says the script is there to use, so it never settles, like one whose
      // category is never granted.
      return name === 'get' ? null : name === 'has' ? false : name[0] === 'o' ? () => {} : name === 'loadScript' ? new Promise(() => {}) : Promise.resolve();
    };
  }
  if (script?.hasAttribute('data-manual')) return api;
  missing = NO_CONFIG;
  const blocks = doc.querySelectorAll<HTMLScriptElement>('#assent-config');
  const block = blocks[0];
  // A second block, or one without the nonce assent.js carries, may be markup injected into the page: rather than
  // guess which config is the site's, nothing starts.
  if (blocks.length > 1 || (block && script?.nonce && block.nonce !== script.nonce)) {
    console.error('Assent: the page has more than one id="assent-config", or one without the nonce of assent.js; nothing gated will run.');
    return api;
  }
  if (!block) {
    console.error('Assent: no config. Put the config as JSON in <script type="application/json" id="assent-config"> before assent.js, or add data-manual and call Assent.init(config).');
    return api;
  }
  let config: unknown;
  try {
    config = JSON.parse(block.textContent!);
  } catch (e) {
    // JSON, not JavaScript: quoted keys, no trailing commas, no comments.
    console.error('Assent: the config in <script id="assent-config"> is not valid JSON.', e);
    return api;
  }
  api.init(config);
  return api;
}
