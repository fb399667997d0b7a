import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountUi } from './mount.js';
import { createTestHost } from './test-host.js';

// What a visitor's browser meets when the chunk can't be fetched: offline, or a deploy that replaced it.
vi.mock('./components/EmbedPlaceholder.js', () => {
  throw new Error('offline');
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('an on-demand chunk that cannot be loaded', () => {
  it('is reported on the console, not left as an unhandled rejection, and the embed stays held', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<iframe title="Map" data-src="https://maps.test"></iframe>';
    const frame = document.querySelector('iframe')!;
    const ui = mountUi(createTestHost());
    ui.renderPlaceholders([{ element: frame, category: 'marketing', loadOnce() {} }]);
    await waitFor(() => expect(error).toHaveBeenCalled());
    expect(error.mock.calls[0]![0]).toBe('Assent: could not load part of its interface');
    expect(frame.hasAttribute('src')).toBe(false);
    ui.destroy();
  });
});
