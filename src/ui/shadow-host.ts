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
  // Text inherits from the page by default, and so does its colour, which an inline policy under `auto` keeps;
  // the shadow tree sets everything else itself.
  s.setProperty('font-family', 'inherit', 'important');
  s.setProperty('color', 'inherit', 'important');
  s.setProperty('display', 'block', 'important');
  s.setProperty('visibility', 'visible', 'important');
  s.setProperty('opacity', '1', 'important');
  s.setProperty('pointer-events', 'auto', 'important');
  if (kind === 'overlay') for (const [k, v] of Object.entries(OVERLAY)) s.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'open' });
  styles.adopt(root);
  return { host, root };
}

/**
 * Assent's styles: `parse` reads the banner's stylesheet (once), `add` a later part's (the dialogs', a
 * placeholder's) as it arrives, and `adopt` gives a shadow root every sheet read so far.
 */
export interface Styles {
  parse(): void;
  adopt(root: ShadowRoot): void;
  add(css: string): void;
}

/**
 * One parsed stylesheet per part for every shadow root one mount draws: the banner's, each inline policy's and
 * each embed placeholder's share them as constructable sheets. The mount parses the banner's in a task of its
 * own, so neither the chunk's evaluation nor the first banner's drawing grows into a long task. The styles only
 * the dialogs and placeholders need come with their own code, so the first banner doesn't carry them.
 */
export function createStyles(doc: Document): Styles {
  const texts = [css];
  let sheets: CSSStyleSheet[] | null | undefined;
  const read = (text: string) => {
    const sheet = new (doc.defaultView!.CSSStyleSheet)();
    sheet.replaceSync(text);
    return sheet;
  };
  const parse = () => {
    if (sheets !== undefined) return;
    try {
      sheets = texts.map(read);
    } catch {
      sheets = null;
    }
  };
  return {
    parse,
    add(text) {
      if (texts.includes(text)) return;
      texts.push(text);
      try {
        if (sheets) sheets.push(read(text));
      } catch {
        // The banner's sheet was readable, so this one is too; if not, the part shows with the banner's styles.
      }
    },
    adopt(root) {
      parse();
      if (sheets) return void (root.adoptedStyleSheets = [...sheets]);
      // Only browsers without constructable sheets (and jsdom) get here; they predate strict CSP setups anyway.
      const had = new Set([...root.querySelectorAll('style')].map((el) => el.textContent));
      for (const text of texts) {
        if (had.has(text)) continue;
        const el = doc.createElement('style');
        el.textContent = text;
        root.append(el);
      }
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
