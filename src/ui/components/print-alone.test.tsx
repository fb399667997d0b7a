import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePrintAlone } from './print-alone.js';

afterEach(cleanup);

function Dialog({ doc }: { doc?: Document }) {
  usePrintAlone(doc);
  return <div role="dialog" />;
}

describe('usePrintAlone', () => {
  // jsdom builds constructable sheets but has no `adoptedStyleSheets`: a plain list, holding one of the page's
  // own sheets, stands in for it.
  const pageSheet = new CSSStyleSheet();
  beforeEach(() => Object.defineProperty(document, 'adoptedStyleSheets', { value: [pageSheet], writable: true, configurable: true }));
  afterEach(() => void delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets);
  const added = () => document.adoptedStyleSheets.filter((s) => s !== pageSheet);

  it("leaves the page off the printed sheet while the dialog is open, keeping Assent's overlay and the page's sheets", () => {
    document.body.insertAdjacentHTML('afterbegin', '<main id="page">Page</main><assent-ui data-assent-ui></assent-ui>');
    const { unmount } = render(<Dialog doc={document} />);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    const [sheet] = added();
    const rule = sheet!.cssRules[0] as CSSMediaRule;
    expect(rule.media.mediaText).toBe('print');
    const hide = rule.cssRules[0] as CSSStyleRule;
    expect(hide.style.getPropertyValue('display')).toBe('none');
    expect(document.getElementById('page')!.matches(hide.selectorText)).toBe(true);
    expect(document.querySelector('[data-assent-ui]')!.matches(hide.selectorText)).toBe(false);
    unmount();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    document.getElementById('page')!.remove();
    document.querySelector('[data-assent-ui]')!.remove();
  });

  it('does nothing without a document', () => {
    render(<Dialog />);
    expect(added()).toEqual([]);
  });
});
