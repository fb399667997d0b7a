import { scriptTagAssent } from './entries/script-tag-assent.js';
import { startFromTag } from './entries/start-from-tag.js';

/*
 * The script-tag build. It runs synchronously in <head> so its gating and Consent Mode defaults precede every
 * tag after it. It fetches the engine and the interface, when a page view needs them, from the directory it was
 * itself loaded from.
 */
(() => {
  try {
    const w = window as Window & { Assent?: unknown };
    // A second copy of the tag would gate the page twice and fight over the banner. An element with id="Assent"
    // shows through window.Assent too, but only as an inherited name, and a script's bare `var Assent` holds
    // nothing: neither must stop Assent.
    if (w.Assent && {}.hasOwnProperty.call(w, 'Assent')) return console.warn('Assent: window.Assent is taken (assent.js included twice, or another script using the name); this copy did nothing.');
    // Read through the getter itself: `<img name="currentScript">` injected above the tag would otherwise shadow it
    // and choose the directory the engine is imported from. A module script has none, and gets no fallback.
    const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!.call(document) as unknown;
    if (!(script instanceof HTMLScriptElement)) return console.error('Assent: assent.js must be a classic <script src> tag; it did nothing.');
    const base = new URL('.', script.src).href;
    // Only what the gate reads; the engine adds storage and randomness when it loads.
    // A page with a nonce policy gives assent.js its nonce; gated tags must then carry it too.
    const env = { window, document, navigator, now: Date.now, console, nonce: script.nonce || undefined };
    w.Assent = scriptTagAssent(document, script, (config, region) =>
      startFromTag(config, region, env, {
        // Chromium keeps a failed module fetch for the page's life (whatwg/html#10327 ends that), so a retry asks
        // for another address.
        engine: (attempt) => import(/* @vite-ignore */ base + 'assent-engine.js' + (attempt ? '?' + attempt : '')),
        ui: () => import(/* @vite-ignore */ base + 'assent-ui.js'),
      }),
    );
  } catch (e) {
    console.error('Assent: could not start', e);
  }
})();
