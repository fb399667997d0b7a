import type { GateEnvironment } from '../core/environment.js';
import { safeCall } from '../core/safe-call.js';
import { trustedScript, type TrustedScript } from './trusted-script.js';

/** Answers whether a `data-assent` condition (`analytics`, `analytics.clarity`, `!analytics`) holds now. */
export type ConditionTest = (condition: string) => boolean;

const SELECTOR = 'script[type="text/plain"][data-assent]';

export interface ScriptGate {
  /** Runs every waiting script whose condition now holds, in document order. */
  release(): void;
  stop(): void;
}

/**
 * Holds `<script type="text/plain" data-assent>` tags until their condition holds, then follows each with a live
 * copy with the same attributes and nonce; when the page gave Assent a nonce, a tag without it never runs. External
 * copies are inserted with `async = false`, so they run in insertion order while downloading in parallel; an
 * inline script waits for the external ones before it, so the whole sequence keeps document order. Tags added
 * later (SPAs, tag managers) are caught by an observer. It is the gate's only observer: `onPageChange` hears when
 * the document is parsed and whenever elements are added, so other markup (embeds, inline policies) is found
 * without watching the page a second time.
 */
export function createScriptGate(
  env: GateEnvironment,
  test: ConditionTest,
  onPageChange?: () => void,
  trust: TrustedScript = trustedScript(env.window, env.nonce),
): ScriptGate {
  const doc = env.document;
  if (!doc) return { release() {}, stop() {} };
  let pending: Promise<unknown>[] = [];
  let chain: Promise<unknown> = Promise.resolve();

  const activate = (old: HTMLScriptElement) => {
    const live = doc.createElement('script');
    for (const a of Array.from(old.attributes)) {
      // An event handler attribute (onload="…") is script too, which Trusted Types guards like the text.
      if (!/^(type|data-type|src)$/.test(a.name)) live.setAttribute(a.name, /^on/i.test(a.name) ? trust.code(a.value) : a.value);
    }
    const type = old.getAttribute('data-type');
    if (type) live.type = type;
    // The nonce attribute is hidden from the DOM once parsed (CSP nonce hiding); the property still holds it.
    if (old.nonce) live.nonce = old.nonce;
    live.setAttribute('data-assent-ran', '');
    if (old.src) {
      live.src = trust.url(old.getAttribute('src')!);
      live.async = false;
      // What the browser won't run (a `nomodule` fallback, a type such as text/babel) fires neither load nor error,
      // and waiting for it would hold back every inline tag after it for the rest of the page view.
      if (!live.noModule && (!type || /^(module|(text|application)\/(java|ecma)script)$/i.test(type))) pending.push(
        new Promise((done) => {
          live.addEventListener('load', done);
          live.addEventListener('error', done);
        }),
      );
    } else live.text = trust.code(old.text);
    // The held tag stays where it is, marked done, and the live copy follows it: a framework that rendered the tag
    // removes it later by reference, and finding it gone would throw and take the app down. Its id moves to the copy.
    old.type = 'text/assent-released';
    old.removeAttribute('id');
    old.after(live);
  };

  const release = () => {
    let tags = Array.from(doc.querySelectorAll<HTMLScriptElement>(SELECTOR));
    // While the parser runs, an inline tag's text may still be arriving. External tags are complete once inserted,
    // so they start at once (a tag that starts late loses data), up to the first inline tag; the rest wait for
    // DOMContentLoaded, so document order holds.
    const inline = doc.readyState === 'loading' ? tags.findIndex((s) => !s.src) : -1;
    if (inline >= 0) tags = tags.slice(0, inline);
    const ready = tags.filter((s) => {
      // Refused at once, granted or not, so a site owner testing the page sees it before anyone consents.
      if (!trust.admits(s)) {
        s.type = 'text/assent-refused';
        env.console.error('Assent: this gated script lacks the page\'s nonce, so it will never run', s);
        return false;
      }
      return test(s.getAttribute('data-assent') ?? '');
    });
    for (const s of ready) s.type = 'text/assent-queued';
    chain = chain.then(async () => {
      for (const s of ready) {
        if (!s.src && pending.length) {
          await Promise.all(pending);
          pending = [];
        }
        // One refused script must not hold back the ones after it.
        safeCall(env.console, activate, s, 'could not start a script');
      }
    });
  };

  // The observer and DOMContentLoaded call in from the event loop: whatever a broken page makes fail there (a
  // `<img name="querySelectorAll">` shadowing the document's method, say) is reported, never thrown at the page.
  const scan = () => {
    try {
      release();
      onPageChange?.();
    } catch (e) {
      env.console.error('Assent: could not read the page', e);
    }
  };
  const MO = env.window?.MutationObserver;
  const observer =
    MO &&
    new MO((records) => {
      if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1))) scan();
    });
  let stopped = false;
  const watchAll = () => {
    // Stopped while the page was still parsing: the tags it holds stay held.
    if (stopped) return;
    observer?.observe(doc.documentElement, { childList: true, subtree: true });
    scan();
  };
  if (doc.readyState === 'loading') {
    // While parsing, watch only <head>, where analytics tags live: observing the whole tree would make the parser
    // report every node it inserts. The whole document is watched from DOMContentLoaded on.
    if (doc.head) observer?.observe(doc.head, { childList: true });
    doc.addEventListener('DOMContentLoaded', watchAll, { once: true });
    release();
    // On a parsed page (a single-page app) the first look waits for the code that created the gate, which may stop it
    // at once (a framework's double mount).
  } else void Promise.resolve().then(watchAll);
  return {
    release,
    stop() {
      stopped = true;
      observer?.disconnect();
    },
  };
}
