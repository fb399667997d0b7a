import { describe, expect, it } from 'vitest';
import { createShadowHost, createStyles } from './shadow-host.js';

/** A document whose window has a constructable stylesheet class that counts how often it parses. */
function countingDocument() {
  const parsed: string[] = [];
  class Sheet {
    replaceSync(text: string) {
      parsed.push(text);
    }
  }
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc, 'defaultView', { value: { CSSStyleSheet: Sheet } });
  return { doc, parsed };
}

describe('createStyles', () => {
  it('parses the stylesheet once, however many shadow roots adopt it', () => {
    const { doc, parsed } = countingDocument();
    const styles = createStyles(doc);
    expect(parsed).toHaveLength(0);
    styles.parse();
    const roots = ['a', 'b', 'c'].map(() => {
      const root = { adoptedStyleSheets: [] as unknown[] } as unknown as ShadowRoot;
      styles.adopt(root);
      return root;
    });
    expect(parsed).toHaveLength(1);
    const first = roots[0]!.adoptedStyleSheets[0];
    expect(first).toBeDefined();
    for (const r of roots) expect(r.adoptedStyleSheets).toEqual([first]);
  });

  it('parses on first use when nothing parsed it before', () => {
    const { doc, parsed } = countingDocument();
    const { root } = createShadowHost(doc, 'assent-ui', 'overlay', createStyles(doc));
    expect(parsed).toHaveLength(1);
    expect(root.adoptedStyleSheets).toHaveLength(1);
  });

  it('falls back to a style element where constructable sheets are missing', () => {
    const doc = document.implementation.createHTMLDocument('');
    Object.defineProperty(doc, 'defaultView', { value: {} });
    const { root } = createShadowHost(doc, 'assent-policy', 'inline', createStyles(doc));
    expect(root.querySelectorAll('style')).toHaveLength(1);
  });
});
