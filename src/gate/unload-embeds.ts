import type { EmbedTarget } from '../core/ui-host.js';
import { loadEmbed } from './load-embed.js';

/**
 * A loaded embed keeps running (a player, a map, and whatever they store) for as long as its frame holds its
 * document. After a revoke, each embed of a revoked category loses its `src`, which navigates the frame to an empty
 * document, and is handed back as held, for its placeholder to be drawn again. The element itself stays: the page's
 * framework may hold it (React reconciles against the very node it made), and a swapped-in copy would break that.
 */
export function unloadEmbeds(doc: Document, revoked: readonly string[]): EmbedTarget[] {
  const held: EmbedTarget[] = [];
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe[data-assent][data-src][src]'))) {
    // `marketing` or `marketing.video`: the category is the part before the dot.
    const category = frame.getAttribute('data-assent')!.split('.')[0]!;
    if (!revoked.includes(category)) continue;
    frame.removeAttribute('src');
    held.push({ element: frame, category, loadOnce: () => loadEmbed(frame) });
  }
  return held;
}
