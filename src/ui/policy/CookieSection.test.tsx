import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { category, createTestHost, DEFAULT_CATEGORIES, renderWithUi } from '../test-host.js';
import { CookieSection } from './CookieSection.js';

afterEach(cleanup);

const section = (host = createTestHost()) => renderWithUi(<CookieSection heading={<h2 id="cookies">Cookies</h2>} level={2} />, host);
const group = (id: string) => document.querySelector<HTMLElement>(`[data-assent-category="${id}"]`)!;

describe('CookieSection', () => {
  it('lists the consent cookie among the strictly necessary cookies, though the site declared only its own', async () => {
    await section();
    const necessary = within(group('necessary'));
    expect(necessary.getByRole('heading', { name: 'Consent choices' })).toBeTruthy();
    const row = necessary.getByText('assent').closest('tr')!;
    expect(Array.from(row.cells, (c) => c.textContent)).toEqual([
      'assent',
      'Cookie',
      'localhost',
      'Remembers your cookie choices, so you are not asked again on every page',
      '1 year',
    ]);
  });

  it("shows the site's own entry for the consent cookie, and no second one", async () => {
    const declared = DEFAULT_CATEGORIES.map((c) =>
      c.required ? { ...c, services: [{ id: 'choices', name: 'Cookie banner', cookies: [{ name: 'assent', purpose: 'Our words' }], localStorage: [], sessionStorage: [] }] } : c,
    );
    await section(createTestHost({ categories: declared }));
    expect(screen.getAllByText('assent')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Consent choices' })).toBeNull();
    expect(screen.getByText('Our words')).toBeTruthy();
  });

  it('gives the consent cookie a strictly necessary group of its own where the site has none', async () => {
    await section(createTestHost({ categories: [category('analytics')] }));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Strictly necessary', 'Analytics']);
    expect(within(group('necessary')).getByText('Your choice: Always on')).toBeTruthy();
    expect(within(group('necessary')).getByText('assent')).toBeTruthy();
  });
});
