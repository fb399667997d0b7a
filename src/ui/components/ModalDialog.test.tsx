import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('with focusSelf, takes focus on the dialog itself, and Shift+Tab from there goes round to its last control', async () => {
    render(
      <ModalDialog labelledBy="t" focusSelf>
        <h2 id="t">Title</h2>
        <button>One</button>
        <button>Two</button>
      </ModalDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Title' });
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).toBe(dialog);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(screen.getByText('Two'));
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

  it('adds nothing to the page for print: the modal banner, which uses it too, prints the page', () => {
    const before = [...(document.adoptedStyleSheets ?? [])];
    render(
      <ModalDialog labelledBy="t">
        <button>One</button>
      </ModalDialog>,
    );
    expect([...(document.adoptedStyleSheets ?? [])]).toEqual(before);
  });
});
