import type { Environment } from '../core/environment.js';

/** Answers whether a `data-assent` condition (`analytics`, `analytics.clarity`, `!analytics`) holds now. */
export type ConditionTest = (condition: string) => boolean;

const SELECTOR = 'script[type="text/plain"][data-assent]';

export interface ScriptGate {
  /** Runs every waiting script whose condition now holds, in document order. */
  release(): void;
  stop(): void;
}

/**
 * Holds `<script type="text/plain" data-assent>` tags until their condition holds, then swaps each for a live
 * copy with the same attributes and nonce. External copies are inserted with `async = false`, so they run in
 * insertion order while downloading in parallel; an inline script waits for the external ones before it, so
 * the whole sequence keeps document order. Tags added later (SPAs, tag managers) are caught by an observer,
 * which also tells `onAdded` so other late markup (an inline policy) needs no observer of its own.
 */
export function createScriptGate(env: Environment, test: ConditionTest, onAdded?: () => void): ScriptGate {
  const doc = env.document;
  if (!doc) return { release() {}, stop() {} };
  let pending: Promise<unknown>[] = [];
  let chain: Promise<unknown> = Promise.resolve();

  const activate = (old: HTMLScriptElement) => {
    const live = doc.createElement('script');
    for (const a of Array.from(old.attributes)) {
      if (a.name !== 'type' && a.name !== 'data-type') live.setAttribute(a.name, a.value);
    }
    const type = old.getAttribute('data-type');
    if (type) live.type = type;
    // The nonce attribute is hidden from the DOM once parsed (CSP nonce hiding); the property still holds it.
    if (old.nonce) live.nonce = old.nonce;
    live.setAttribute('data-assent-ran', '');
    if (old.src) {
      live.async = false;
      pending.push(
        new Promise((done) => {
          live.addEventListener('load', done);
          live.addEventListener('error', done);
        }),
      );
    } else live.text = old.text;
    old.replaceWith(live);
  };

  const release = () => {
    const ready = Array.from(doc.querySelectorAll<HTMLScriptElement>(SELECTOR)).filter((s) =>
      test(s.getAttribute('data-assent') ?? ''),
    );
    for (const s of ready) s.setAttribute('type', 'text/assent-queued');
    chain = chain.then(async () => {
      for (const s of ready) {
        if (!s.src && pending.length) {
          await Promise.all(pending);
          pending = [];
        }
        activate(s);
      }
    });
  };

  let observer: MutationObserver | undefined;
  const MO = env.window?.MutationObserver;
  if (MO) {
    observer = new MO((records) => {
      if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1))) {
        release();
        onAdded?.();
      }
    });
    const start = () => {
      observer?.observe(doc.documentElement, { childList: true, subtree: true });
      release();
    };
    // Inline text of a tag still being parsed may be incomplete; the first pass waits for the parser.
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  }
  return {
    release,
    stop: () => observer?.disconnect(),
  };
}
