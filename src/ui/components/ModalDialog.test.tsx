import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModalDialog } from './ModalDialog.js';

afterEach(cleanup);

describe('ModalDialog', () => {
  it('moves focus to its first control and wraps Tab at both ends', async () => {
    render(
      <ModalDialog labelledBy="t">
        <h2 id="t">Title</h2>
        <button>One</button>
        <div hidden>
          <button>Hidden</button>
        </div>
        <button>Two</button>
      </ModalDialog>,
    );
    const [one, two] = [screen.getByText('One'), screen.getByText('Two')];
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).toBe(one);
    fireEvent.keyDown(one, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(two);
    fireEvent.keyDown(two, { key: 'Tab' });
    expect(document.activeElement).toBe(one);
  });

  it('calls onClose on Escape, and ignores Escape without it', () => {
    let closed = 0;
    const { rerender } = render(
      <ModalDialog labelledBy="t" onClose={() => closed++}>
        <button>One</button>
      </ModalDialog>,
    );
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(closed).toBe(1);
    rerender(
      <ModalDialog labelledBy="t">
        <button>One</button>
      </ModalDialog>,
    );
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(closed).toBe(1);
  });

  describe('printed', () => {
    // jsdom builds constructable sheets but has no `adoptedStyleSheets`: a plain list, holding one of the page's
    // own sheets, stands in for it.
    const pageSheet = new CSSStyleSheet();
    beforeEach(() => Object.defineProperty(document, 'adoptedStyleSheets', { value: [pageSheet], writable: true, configurable: true }));
    afterEach(() => void delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets);
    const added = () => document.adoptedStyleSheets.filter((s) => s !== pageSheet);

    it('leaves the page off the printed sheet while it is open, keeping its own overlay and the page\'s sheets', () => {
      document.body.insertAdjacentHTML('afterbegin', '<main id="page">Page</main><assent-ui data-assent-ui></assent-ui>');
      const { unmount } = render(
        <ModalDialog labelledBy="t" printAlone>
          <button>One</button>
        </ModalDialog>,
      );
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

    it('leaves the page in print without `printAlone`, as the modal banner, which prints the page, does', () => {
      render(
        <ModalDialog labelledBy="t">
          <button>One</button>
        </ModalDialog>,
      );
      expect(added()).toEqual([]);
    });
  });
});
