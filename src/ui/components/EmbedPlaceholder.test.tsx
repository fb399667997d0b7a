import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { textHash } from '../../shared/text-hash.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, record, renderWithUi } from '../test-host.js';
import { EmbedPlaceholder } from './EmbedPlaceholder.js';

function target() {
  const element = document.createElement('iframe');
  element.title = 'Product video';
  const loads: number[] = [];
  return { element, category: 'marketing', loadOnce: () => void loads.push(1), loads };
}

afterEach(cleanup);

describe('EmbedPlaceholder', () => {
  it('says what is blocked and why', async () => {
    await renderWithUi(<EmbedPlaceholder target={target()} onLoaded={() => {}} />);
    expect(screen.getByRole('group', { name: 'Product video' }).textContent).toContain('Product video is blocked until you allow Marketing.');
  });

  it('says what the category is for, since "Always allow" is consent to all of it, and records that text with the decision', async () => {
    const { host } = await renderWithUi(<EmbedPlaceholder target={target()} onLoaded={() => {}} />);
    const description = 'Measures campaigns and shows more relevant ads, here and on other sites.';
    expect(screen.getByRole('group', { name: 'Product video' }).textContent).toContain(description);
    fireEvent.click(screen.getByRole('button', { name: 'Always allow Marketing' }));
    expect(host.decisions[0]!.meta!.texts).toEqual([
      'Product video is blocked until you allow Marketing.',
      description,
      'Always allow Marketing',
    ]);
  });

  it("leads to the category's services and cookies: Customise opens the preferences, which return focus to it", async () => {
    const { calls, host } = await renderWithUi(<EmbedPlaceholder target={target()} onLoaded={() => {}} />);
    const customise = screen.getByRole('button', { name: 'Customise' });
    fireEvent.click(customise);
    expect(calls.preferences).toEqual([customise]);
    expect(host.decisions).toEqual([]);
  });

  it('loads the embed once without recording consent', async () => {
    const t = target();
    let removed = 0;
    const { host } = await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => removed++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load this content' }));
    expect(t.loads).toEqual([1]);
    expect(removed).toBe(1);
    expect(host.decisions).toEqual([]);
  });

  it('always allows the category for an undecided opt-out visitor without turning off what runs by default', async () => {
    const host = createTestHost({ mode: 'opt-out' });
    await renderWithUi(<EmbedPlaceholder target={target()} onLoaded={() => {}} />, host);
    fireEvent.click(screen.getByRole('button', { name: 'Always allow Marketing' }));
    expect(host.decisions[0]!.choice).toEqual({ necessary: true, analytics: true, marketing: true });
  });

  it('always allows the category from the placeholder, recorded as such, and keeps what was granted before', async () => {
    const host = createTestHost({ record: record({ necessary: true, analytics: true, marketing: false }) });
    await renderWithUi(<EmbedPlaceholder target={target()} onLoaded={() => {}} />, host);
    fireEvent.click(screen.getByRole('button', { name: 'Always allow Marketing' }));
    expect(host.decisions[0]).toMatchObject({
      action: 'custom',
      source: 'embed',
      choice: { necessary: true, analytics: true, marketing: true },
    });
  });

  it('records a hash of the texts it showed, which differs from one embed to another', async () => {
    const hashes: string[] = [];
    for (const title of ['Product video', 'Office map']) {
      const host = createTestHost();
      const t = target();
      t.element.title = title;
      await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />, host);
      fireEvent.click(screen.getByRole('button', { name: 'Always allow Marketing' }));
      const meta = host.decisions[0]!.meta!;
      expect(meta).toEqual({ language: 'en', textHash: expect.stringMatching(/^[0-9a-z]+$/), texts: [`${title} is blocked until you allow Marketing.`, expect.stringContaining('Measures campaigns'), 'Always allow Marketing'] });
      expect(meta.textHash).toBe(textHash(meta.texts!));
      hashes.push(host.decisions[0]!.meta!.textHash!);
      cleanup();
    }
    expect(new Set(hashes).size).toBe(2);
  });
});
