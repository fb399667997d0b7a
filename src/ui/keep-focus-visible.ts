/**
 * WCAG 2.4.11 (Focus Not Obscured): while a bar or box, or the floating button, covers the bottom of the viewport,
 * a focused page element must never be hidden behind it. Three parts, all through CSSOM, which a strict `style-src` allows:
 * - `scroll-padding-bottom` on the page, so scrolling to an element stops above the banner;
 * - a spacer of the banner's height at the end of the body, so the last elements can scroll clear of it;
 * - after each focus move, an element still under the banner is scrolled clear of it (browsers don't apply
 *   scroll padding to every focus scroll).
 * Scrolling can't move what the page fixed to the viewport (a chat button, a sticky header): when a focused
 * element stays under the banner, the banner moves to the other edge of the viewport, and back again when the
 * next focused element is under it there. A banner taller than half the viewport may cover it at both edges:
 * it is then held to half the viewport.
 * Returns the cleanup.
 */
export function keepFocusVisible(doc: Document, banner: HTMLElement): () => void {
  const html = doc.documentElement;
  const win = doc.defaultView;
  const before = html.style.getPropertyValue('scroll-padding-bottom');
  const spacer = doc.createElement('assent-spacer');
  spacer.setAttribute('aria-hidden', 'true');
  spacer.style.setProperty('display', 'block', 'important');
  doc.body?.append(spacer);

  const pad = () => {
    const h = Math.ceil(banner.getBoundingClientRect().height);
    html.style.setProperty('scroll-padding-bottom', `${h + 8}px`);
    spacer.style.setProperty('height', `${h}px`, 'important');
  };
  pad();
  const RO = win?.ResizeObserver;
  const observer = RO ? new RO(pad) : undefined;
  observer?.observe(banner);

  const covered = (el: Element) => {
    const r = el.getBoundingClientRect();
    const b = banner.getBoundingClientRect();
    return r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right && r.bottom - b.top;
  };
  /**
   * Each step runs only while the element is still covered: scroll it up (with the banner at the bottom), try the
   * other edge, then both again; if neither will do (a viewport too short for both, as at 400% zoom) the banner
   * goes back down at half the viewport's height, scrolling inside itself, and the element is scrolled clear of it.
   */
  const uncover = (el: Element) => {
    for (const step of [0, 1, 0, 1, 2, 0]) {
      const under = covered(el);
      if (!under) return;
      const list = banner.classList;
      if (step > 1) {
        list.remove('top');
        list.add('squeeze');
      } else if (step) list.toggle('top');
      // Up, only as far as keeps the element's top on screen.
      else if (!list.contains('top')) win?.scrollBy({ top: Math.min(under + 8, Math.max(0, el.getBoundingClientRect().top - 8)), behavior: 'instant' });
    }
  };
  // The browser scrolls a newly focused element into view after the focus event, so look one frame later.
  const onFocus = (e: FocusEvent) => {
    const el = e.target as Element | null;
    if (!el?.getBoundingClientRect || banner.contains(el) || !win) return;
    win.requestAnimationFrame(() => uncover(el));
  };
  doc.addEventListener('focusin', onFocus);
  return () => {
    observer?.disconnect();
    doc.removeEventListener('focusin', onFocus);
    banner.classList.remove('top', 'squeeze');
    spacer.remove();
    if (before) html.style.setProperty('scroll-padding-bottom', before);
    else html.style.removeProperty('scroll-padding-bottom');
  };
}
