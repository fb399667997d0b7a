import { useUi } from '../ui-context.js';

/** A way back to the choices on every page (GDPR Art. 7(3): withdrawing is as easy as giving consent). */
export function FloatingButton() {
  const ui = useUi();
  return (
    <aside class="no-print" aria-label={ui.t('prefs.title')}>
      <button
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
