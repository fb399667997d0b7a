/** What a `[data-assent-open]` element asks for: `policy`, `banner`, or the preferences by default. */
export type View = 'showPreferences' | 'showPolicy' | 'showBanner';

/**
 * One delegated listener for every `[data-assent-open]` element, including ones added later. Links and buttons
 * already turn Enter into a click; other elements get Enter and Space too, so any marked element works by keyboard.
 * `data-assent-section` names the policy section to open at, such as `cookies`. Marked elements inside open shadow
 * roots work too.
 */
export function listenForOpeners(doc: Document, open: (view: View, opener: Element, section?: string) => void): () => void {
  const handle = (e: Event & { assentOpened?: true }) => {
    // The event's own path, not its target: inside a web component's shadow root the target is only the host, and
    // the marked link may be inside it (or the marked element may be the host, around a button of its own).
    const target = e.composedPath().find((n) => (n as Element).hasAttribute?.('data-assent-open')) as Element | undefined;
    const key = (e as KeyboardEvent).key;
    // A page with two instances (a widget's and the app's own) opens one dialog per activation: the first listener
    // marks the event for the others. Not defaultPrevented, which an SPA router sets on every link it handles.
    if (!target || e.assentOpened || (key && (!/^(Enter| )$/.test(key) || /^(A|BUTTON|INPUT|SUMMARY)$/.test(target.tagName)))) return;
    e.assentOpened = true;
    e.preventDefault();
    const view = target.getAttribute('data-assent-open');
    open(view === 'policy' ? 'showPolicy' : view === 'banner' ? 'showBanner' : 'showPreferences', target, target.getAttribute('data-assent-section') || undefined);
  };
  doc.addEventListener('click', handle);
  doc.addEventListener('keydown', handle);
  return () => {
    doc.removeEventListener('click', handle);
    doc.removeEventListener('keydown', handle);
  };
}
