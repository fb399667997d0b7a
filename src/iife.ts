import { createAssent } from './entries/create-assent.js';
import { scriptTagAssent } from './entries/script-tag-assent.js';

/*
 * The script-tag build. It runs synchronously in <head> so its gating and Consent Mode defaults precede every
 * tag after it, and it fetches its UI chunk from the directory it was itself loaded from.
 */
(() => {
  try {
    const w = window as Window & { Assent?: unknown };
    // A second copy of the tag would gate the page twice and fight over the banner.
    if (w.Assent) return console.warn('Assent: assent.js was included twice; the second copy did nothing.');
    const script = document.currentScript as HTMLScriptElement | null;
    const base = new URL('.', script?.src || location.href).href;
    w.Assent = scriptTagAssent(document, script, (config, region) =>
      createAssent(config, { region, loadUi: () => import(/* @vite-ignore */ base + 'assent-ui.js') }),
    );
  } catch (e) {
    console.error('Assent: could not start', e);
  }
})();
