import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Everything in the page but Assent's own overlay, on paper only. The id in `:not()` never matches: it lifts the
 * rule above a page's own `!important` display rules, even those naming an id.
 */
export const PRINT_ALONE = '@media print{body>:not([data-assent-ui],#assent-print-alone){display:none!important}}';

/**
 * On screen a modal dialog hides the page behind it; printed, it should stand instead of the page, not over it. The
 * page is outside the shadow root, so the rule goes on the document, as a constructable sheet (which a
 * `style-src 'self'` policy allows), for as long as the dialog is open. Each open dialog holds its own.
 */
export function usePrintAlone(dialog: RefObject<Element>, on = false) {
  useEffect(() => {
    const doc = dialog.current?.ownerDocument;
    if (!on || !doc) return;
    try {
      const sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(PRINT_ALONE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet));
    } catch {
      // Without constructable sheets the dialog still prints, over the page.
    }
  }, [on]);
}
