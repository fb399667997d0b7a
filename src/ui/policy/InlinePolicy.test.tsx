import { act, cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, renderWithUi } from '../test-host.js';
import { InlinePolicy } from './InlinePolicy.js';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

const host = () => createTestHost({ ui: { policy: { markdown: '# Policy\n\n## Intro\n\nHello\n\n## Rights\n\nYours' } } });

describe('InlinePolicy', () => {
  it('renders the policy in the flow with its cookie section, its title an h2 below the page’s own h1', async () => {
    const { container } = await renderWithUi(<InlinePolicy />, host());
    await waitFor(() => expect(container.querySelector('h3#rights')).not.toBeNull());
    expect(container.querySelector('[role=dialog]')).toBeNull();
    expect(container.querySelector('h2#policy')).not.toBeNull();
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('h3#cookies')).not.toBeNull();
  });

  it('follows #anchors from the address on every hashchange', async () => {
    const { container } = await renderWithUi(<InlinePolicy />, host());
    await waitFor(() => expect(container.querySelector('#rights')).not.toBeNull());
    // Let Preact run the effects of the render that brought the text in.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    location.hash = '#rights';
    await waitFor(() => expect(document.activeElement?.id).toBe('rights'));
    location.hash = '#cookies';
    await waitFor(() => expect(document.activeElement?.id).toBe('cookies'));
  });

  it("reads a policy given once for every language as the page's, not as the interface's: English stays left to right in Arabic", async () => {
    document.documentElement.lang = 'en';
    try {
      const { container } = await renderWithUi(<InlinePolicy />, host(), 'ar');
      await waitFor(() => expect(container.querySelector('#rights')).not.toBeNull());
      const marked = screen.getByText('Hello').closest('[lang]')!;
      expect([marked.getAttribute('lang'), marked.getAttribute('dir')]).toEqual(['en', 'ltr']);
      // What Assent adds stays in the interface's language.
      expect(container.querySelector('.cookie-section table')!.closest('.policy [lang]')).toBeNull();
    } finally {
      document.documentElement.lang = '';
    }
  });
});
