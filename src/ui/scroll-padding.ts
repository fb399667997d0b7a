/**
 * WCAG 2.4.11 (Focus Not Obscured): while a bar or box covers the bottom of the viewport, the page gets
 * `scroll-padding-bottom` of the same height, so focus scrolling stops above it. Browsers don't apply scroll
 * padding to every focus move, so a focused element still under the banner is scrolled into view as well.
 * Set through CSSOM, which a strict `style-src` allows. Returns the cleanup.
 */
export function keepFocusVisible(doc: Document, banner: HTMLElement): () => void {
  const html = doc.documentElement;
  const win = doc.defaultView;
  const before = html.style.getPropertyValue('scroll-padding-bottom');
  const pad = () => html.style.setProperty('scroll-padding-bottom', `${Math.ceil(banner.getBoundingClientRect().height) + 8}px`);
  pad();
  const RO = win?.ResizeObserver;
  const observer = RO ? new RO(pad) : undefined;
  observer?.observe(banner);
  const onFocus = (e: FocusEvent) => {
    const el = e.target as Element | null;
    if (!el?.getBoundingClientRect || banner.contains(el)) return;
    const r = el.getBoundingClientRect();
    const top = banner.getBoundingClientRect().top;
    if (r.bottom > top && r.top < win!.innerHeight) win!.scrollBy(0, Math.min(r.bottom - top + 8, r.top - 8));
  };
  doc.addEventListener('focusin', onFocus);
  return () => {
    observer?.disconnect();
    doc.removeEventListener('focusin', onFocus);
    if (before) html.style.setProperty('scroll-padding-bottom', before);
    else html.style.removeProperty('scroll-padding-bottom');
  };
}
