import { useEffect } from 'preact/hooks';

/**
 * Everything in the page but Assent's own overlay, on paper only. The id in `:not()` never matches: it lifts the
 * rule above a page's own `!important` display rules, even those naming an id.
 */
const PRINT_ALONE = '@media print{body>:not([data-assent-ui],#assent-print-alone){display:none!important}}';

/**
 * On screen a modal dialog hides the page behind it; printed, it should stand instead of the page, not over it. The
 * page is outside the shadow root, so the rule goes on the document, as a constructable sheet (which a
 * `style-src 'self'` policy allows), for as long as the dialog is open. Each open dialog holds its own. The
 * preferences and policy dialogs call it, not the modal they share with the banner: the banner prints the page, and
 * its first visit shouldn't carry code only the dialogs use.
 */
export function usePrintAlone(doc: Document | undefined) {
  useEffect(() => {
    if (!doc) return;
    try {
      const sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(PRINT_ALONE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet));
    } catch {
      // Without constructable sheets the dialog still prints, over the page.
    }
  }, []);
}
