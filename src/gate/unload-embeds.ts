/**
 * A loaded embed keeps running (a player, a map, and whatever they store) for as long as its frame exists. After a
 * revoke, each embed of a revoked category is swapped for a copy without `src`: the frame's document goes away with
 * the old element, and the embed gate sees a held-back embed again and has its placeholder drawn.
 */
export function unloadEmbeds(doc: Document, revoked: readonly string[]): void {
  for (const frame of Array.from(doc.querySelectorAll('iframe[data-assent][data-src][src]'))) {
    // `marketing` or `marketing.video`: the category is the part before the dot.
    const category = frame.getAttribute('data-assent')!.split('.')[0]!;
    if (!revoked.includes(category)) continue;
    const held = frame.cloneNode(true) as Element;
    held.removeAttribute('src');
    frame.replaceWith(held);
  }
}
