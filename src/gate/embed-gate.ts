import type { EmbedTarget } from '../core/ui-host.js';
import type { Integration } from '../integrations/integration.js';
import { loadEmbed } from './load-embed.js';

const SELECTOR = 'iframe[data-assent][data-src]:not([src])';

/**
 * Holds `<iframe data-assent="marketing" data-src="…">` embeds: without a `src` the browser requests nothing, so
 * no player or map sets a cookie before consent. A granted embed gets its `src`; the others are handed to the UI
 * once each for a placeholder. Embeds added later (SPAs, CMS widgets) are found through the script gate's
 * observer (`onPageChange`), so the page is watched once.
 */
export const embedGate: Integration = ({ env, store, has, renderPlaceholders, onPageChange, later }) => {
  const doc = env.document;
  if (!doc) return;
  const shown = new WeakSet<Element>();

  const scan = () => {
    const waiting: EmbedTarget[] = [];
    for (const f of Array.from(doc.querySelectorAll<HTMLIFrameElement>(SELECTOR))) {
      const condition = f.getAttribute('data-assent')!;
      if (has(condition)) loadEmbed(f);
      else if (!shown.has(f)) {
        shown.add(f);
        // `marketing.video` waits for its category, which is what the placeholder names and offers to allow.
        waiting.push({ element: f, category: condition.split('.')[0]!, loadOnce: () => loadEmbed(f), forget: () => shown.delete(f) });
      }
    }
    if (waiting.length) renderPlaceholders(waiting);
  };

  const offPage = onPageChange(scan);
  // Embeds sit in the body: when the gate runs in <head>, the first scan comes once the page is parsed.
  if (doc.readyState !== 'loading') later(scan);
  const off = store.subscribe(scan);
  return {
    destroy() {
      off();
      offPage();
    },
  };
};
