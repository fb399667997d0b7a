import type { EmbedTarget } from '../core/ui-host.js';
import type { Integration } from '../integrations/integration.js';

const SELECTOR = 'iframe[data-assent][data-src]:not([src])';

/**
 * Holds `<iframe data-assent="marketing" data-src="…">` embeds: without a `src` the browser requests nothing, so
 * no player or map sets a cookie before consent. A granted embed gets its `src`; the others are handed to the UI
 * once each for a placeholder. Embeds added later (SPAs, CMS widgets) are caught by an observer.
 */
export const embedGate: Integration = ({ env, store, has, renderPlaceholders }) => {
  const doc = env.document;
  const MO = env.window?.MutationObserver;
  if (!doc || !MO) return;
  const shown = new WeakSet<Element>();
  const load = (f: Element) => f.setAttribute('src', f.getAttribute('data-src')!);

  const scan = () => {
    const waiting: EmbedTarget[] = [];
    for (const f of Array.from(doc.querySelectorAll<HTMLIFrameElement>(SELECTOR))) {
      const category = f.getAttribute('data-assent')!;
      if (has(category)) load(f);
      else if (!shown.has(f)) {
        shown.add(f);
        waiting.push({ element: f, category, loadOnce: () => load(f) });
      }
    }
    if (waiting.length) renderPlaceholders(waiting);
  };

  const observer = new MO((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1))) scan();
  });
  const start = () => {
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    scan();
  };
  // Embeds sit in the body, which isn't parsed yet when the gate runs in <head>.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  const off = store.subscribe(scan);
  return {
    destroy() {
      off();
      observer.disconnect();
    },
  };
};
