import css from './styles.css?inline';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** `overlay` floats above the page (banner, dialogs); `inline` sits in the flow (policy, placeholders). */
export type HostKind = 'overlay' | 'inline';

const OVERLAY: Record<string, string> = {
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  background: 'transparent',
  'z-index': '2147483647',
};

/**
 * A custom element holding an open shadow root. The page may style the host element itself (a rule like
 * `* { all: unset !important }` matches it in the light DOM and beats any `:host` rule), so its own layout is set
 * as inline `!important` declarations through CSSOM: they outrank page rules, and CSSOM is not blocked by
 * `style-src 'self'` the way `style=""` markup would be. Styles enter the shadow root as a constructable sheet
 * for the same reason.
 */
export function createShadowHost(doc: Document, tag: string, kind: HostKind, styles: Styles): ShadowHost {
  const host = doc.createElement(tag);
  const s = host.style;
  s.setProperty('all', 'initial', 'important');
  // Text inherits from the page by default; the shadow tree sets everything else itself.
  s.setProperty('font-family', 'inherit', 'important');
  s.setProperty('display', 'block', 'important');
  s.setProperty('visibility', 'visible', 'important');
  s.setProperty('opacity', '1', 'important');
  s.setProperty('pointer-events', 'auto', 'important');
  if (kind === 'overlay') for (const [k, v] of Object.entries(OVERLAY)) s.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'open' });
  styles.adopt(root);
  return { host, root };
}

/** Assent's styles: `parse` reads the stylesheet (once), `adopt` gives it to a shadow root. */
export interface Styles {
  parse(): void;
  adopt(root: ShadowRoot): void;
}

/**
 * One parsed stylesheet for every shadow root one mount draws: the banner's, each inline policy's and each embed
 * placeholder's share one constructable sheet. The mount parses it in a task of its own, so neither the chunk's
 * evaluation nor the first banner's drawing grows into a long task.
 */
export function createStyles(doc: Document): Styles {
  let sheet: CSSStyleSheet | null | undefined;
  const parse = () => {
    if (sheet !== undefined) return;
    try {
      sheet = new (doc.defaultView!.CSSStyleSheet)();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
  };
  return {
    parse,
    adopt(root) {
      parse();
      if (sheet) return void (root.adoptedStyleSheets = [sheet]);
      // Only browsers without constructable sheets (and jsdom) get here; they predate strict CSP setups anyway.
      const el = doc.createElement('style');
      el.textContent = css;
      root.append(el);
    },
  };
}

/**
 * Lifts an overlay host into the top layer (popover), where no page z-index can cover it. Browsers without
 * the Popover API keep the maximum z-index.
 */
export function raise(host: HTMLElement): void {
  try {
    if (!host.isConnected || typeof host.showPopover !== 'function' || host.matches(':popover-open')) return;
    if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    // Unsupported: the z-index still applies.
  }
}
