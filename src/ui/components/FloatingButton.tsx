import { useEffect, useRef } from 'preact/hooks';
import { keepFocusVisible } from '../keep-focus-visible.js';
import { useUi } from '../ui-context.js';

export { default as fabStyles } from './floating.css?inline';

/** A way back to the choices on every page (GDPR Art. 7(3): withdrawing is as easy as giving consent). */
export function FloatingButton() {
  const ui = useUi();
  const ref = useRef<HTMLButtonElement>(null);
  // Fixed over the page's bottom corner on every view, it must neither hide a focused element nor the page's last
  // lines: the same room and scrolling as a bar banner gets (WCAG 2.4.11).
  useEffect(() => {
    const doc = ui.host.env.document;
    if (!doc || !ref.current) return;
    // Unless the visitor has moved on meanwhile: focus is theirs again once it is anywhere but the page's body.
    if (ui.focusWaits() && (!doc.activeElement || doc.activeElement === doc.body)) ref.current.focus();
    return keepFocusVisible(doc, ref.current);
  }, []);
  return (
    <aside class="no-print" aria-label={ui.t('prefs.title')}>
      <button
        ref={ref}
        type="button"
        class="fab"
        data-assent-floating=""
        aria-label={ui.t('prefs.title')}
        onClick={(e) => ui.openPreferences(e.currentTarget)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4.5 9a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Zm1 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Zm6 1a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z" />
        </svg>
      </button>
    </aside>
  );
}
