import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, record, renderWithUi } from '../test-host.js';
import { App } from './App.js';

afterEach(cleanup);

describe('App', () => {
  it('shows only what the state asks for, themed and in the visitor language', async () => {
    const { ui, container } = await renderWithUi(<App />, createTestHost({ ui: { theme: 'dark' } }), 'he');
    const root = container.querySelector('.root')!;
    expect(root.className).toContain('dark');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('[data-assent-banner]')).toBeNull();
    ui.state.banner.value = true;
    await waitFor(() => expect(container.querySelector('[data-assent-banner]')).not.toBeNull());
    ui.state.preferences.value = {};
    await waitFor(() => expect(container.querySelector('[data-assent-preferences]')).not.toBeNull());
  });

  it('loads the policy viewer only when a policy is opened', async () => {
    const { ui, container } = await renderWithUi(<App />);
    let loads = 0;
    const load = ui.loadPolicyChunk;
    ui.loadPolicyChunk = () => (loads++, load());
    await new Promise((r) => setTimeout(r, 20));
    expect(loads).toBe(0);
    ui.state.policy.value = { section: 'cookies' };
    await waitFor(() => expect(container.querySelector('[data-assent-policy-dialog]')).not.toBeNull());
    expect(loads).toBe(1);
  });

  it('offers the floating button once decided, when configured and nothing else is open', async () => {
    const host = createTestHost({ ui: { floatingButton: true } });
    const { ui } = await renderWithUi(<App />, host);
    expect(screen.queryByRole('button', { name: 'Privacy preferences' })).toBeNull();
    host.set(record({ necessary: true, analytics: false, marketing: false }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Privacy preferences' })).toBeTruthy());
    const button = document.querySelector('[data-assent-floating]');
    // Under an open dialog it stays the same element, so focus can return to it.
    ui.state.preferences.value = { opener: button };
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(document.querySelector('[data-assent-floating]')).toBe(button);
    // Below the dialog in stacking order: earlier in the same root.
    expect(button!.compareDocumentPosition(screen.getByRole('dialog')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    ui.state.preferences.value = null;
    ui.state.banner.value = true;
    await waitFor(() => expect(document.querySelector('[data-assent-floating]')).toBeNull());
  });

  it('announces status messages politely', async () => {
    const { ui } = await renderWithUi(<App />);
    ui.state.status.value = 'Your choices have been saved.';
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your choices have been saved.'));
  });
});
