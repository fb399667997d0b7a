import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithUi } from '../test-host.js';
import { FloatingButton } from './FloatingButton.js';

afterEach(cleanup);

describe('FloatingButton', () => {
  it('is a named button that opens preferences with itself as the opener', async () => {
    const { calls } = await renderWithUi(<FloatingButton />);
    const button = screen.getByRole('button', { name: 'Privacy preferences' });
    fireEvent.click(button);
    expect(calls.preferences).toEqual([button]);
  });
});
