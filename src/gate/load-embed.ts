/**
 * Lets a held-back embed load: its `data-src` becomes its `src`. Only a web address does: gating must give a frame
 * no more power than its markup had, and a `javascript:` address would run in the page.
 */
export const loadEmbed = (frame: Element): void => {
  const src = frame.getAttribute('data-src')!;
  try {
    if (/^https?:$/.test(new URL(src, frame.baseURI).protocol)) frame.setAttribute('src', src);
  } catch {
    // Not an address at all: the frame stays empty.
  }
};
