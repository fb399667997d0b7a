import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestHost, renderWithUi } from '../test-host.js';
import { PolicyDialog } from './PolicyDialog.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PolicyDialog', () => {
  it('is a modal dialog titled by the policy heading that Escape closes', async () => {
    let closed = 0;
    await renderWithUi(<PolicyDialog onClose={() => closed++} />, createTestHost({ ui: { policy: { markdown: '## Intro\n\nHi' } } }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Privacy policy');
    // The policy's sections sit one level below the dialog's h2 title.
    await waitFor(() => expect(document.getElementById('intro')?.tagName).toBe('H3'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(closed).toBe(1);
  });

  it('fetches the Markdown for the visitor language from policy.url and focuses the requested section', async () => {
    const fetched: string[] = [];
    const host = createTestHost({ ui: { policy: { url: '/policy.{lang}.md' } } });
    host.env.window = { ...window, fetch: async (url: string) => (fetched.push(url), new Response('## Données\n\nTexte')) } as unknown as typeof window;
    await renderWithUi(<PolicyDialog section="cookies" onClose={() => {}} />, host, 'fr');
    await waitFor(() => expect(document.activeElement?.id).toBe('cookies'));
    expect(fetched).toEqual(['/policy.fr.md']);
    expect(document.getElementById('données')!.textContent).toBe('Données');
  });

  it('says so when the policy cannot be loaded', async () => {
    const host = createTestHost({ ui: { policy: { url: '/missing.md' } } });
    host.env.window = { ...window, fetch: async () => new Response('', { status: 404 }) } as unknown as typeof window;
    host.env.console = { error: () => {}, warn: () => {} };
    await renderWithUi(<PolicyDialog onClose={() => {}} />, host);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The privacy policy could not be loaded.'));
  });

  it('scrolls in-page links inside the dialog instead of changing the address', async () => {
    await renderWithUi(<PolicyDialog onClose={() => {}} />, createTestHost({ ui: { policy: { markdown: '## A\n\n## B\n\nText' } } }));
    await waitFor(() => expect(document.getElementById('b')).not.toBeNull());
    const link = screen.getByRole('link', { name: 'B' });
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('b');
    expect(location.hash).toBe('');
  });

  it('marks a policy the site has only in another language with that language', async () => {
    await renderWithUi(<PolicyDialog onClose={() => {}} />, createTestHost({ ui: { policy: { markdown: { en: '## Intro\n\nHi' } } } }), 'fr');
    await waitFor(() => expect(document.getElementById('intro')?.closest('[lang]')?.getAttribute('lang')).toBe('en'));
  });
});
