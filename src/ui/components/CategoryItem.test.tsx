import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, DEFAULT_CATEGORIES, renderWithUi } from '../test-host.js';
import { CategoryItem } from './CategoryItem.js';

const analytics = DEFAULT_CATEGORIES[1]!;

afterEach(cleanup);

describe('CategoryItem', () => {
  it('reports the new state when toggled', async () => {
    const seen: boolean[] = [];
    await renderWithUi(<CategoryItem category={analytics} checked={false} onChange={(v) => seen.push(v)} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Analytics' }));
    expect(seen).toEqual([true]);
  });

  it('isolates the site’s own texts, so one in another script keeps its direction inside the interface', async () => {
    await renderWithUi(<CategoryItem category={{ ...analytics, description: 'Counts visits.' }} checked={false} onChange={() => {}} />);
    expect(screen.getByText('Counts visits.').tagName).toBe('BDI');
    fireEvent.click(screen.getByRole('button', { name: 'Services and cookies' }));
    // The service's name, provider and purpose, and each cookie's provider and purpose.
    expect(screen.getAllByText('Session replay and heatmaps').every((e) => e.tagName === 'BDI')).toBe(true);
    expect(screen.getAllByText('Microsoft').every((e) => e.tagName === 'BDI')).toBe(true);
  });

  it('expands to its services and their cookie table', async () => {
    await renderWithUi(<CategoryItem category={analytics} checked={false} onChange={() => {}} />);
    const toggle = screen.getByRole('button', { name: 'Services and cookies' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows[0]).toBe('NameTypeProviderPurposeDuration');
    expect(rows[1]).toBe('_clckCookieMicrosoftSession replay and heatmaps1 year');
    expect(rows[2]).toBe('_clskCookieMicrosoftJoins page views into a session1 day');
  });

  it('shows a locked category on with its reason: its description and the short status, or the built-in reason', async () => {
    const necessary = DEFAULT_CATEGORIES[0]!;
    const description = (name: string) => {
      const box = screen.getByRole('checkbox', { name });
      return document.getElementById(box.getAttribute('aria-describedby')!)!.textContent;
    };
    await renderWithUi(<CategoryItem category={necessary} checked={false} onChange={() => {}} />);
    expect((screen.getByRole('checkbox', { name: 'Strictly necessary' }) as HTMLInputElement).disabled).toBe(true);
    expect(description('Strictly necessary')).toMatch(/^Keeps the site secure .*\.Always on$/);
    cleanup();
    await renderWithUi(<CategoryItem category={{ ...necessary, id: 'core', title: 'Core' }} checked={false} onChange={() => {}} />);
    expect(description('Core')).toBe('Always on: the site needs these to work.');
  });

  it('uses config titles in the visitor language over the built-in ones', async () => {
    const custom = { ...analytics, title: { en: 'Statistics', fr: 'Statistiques' } };
    await renderWithUi(<CategoryItem category={custom} checked onChange={() => {}} />, undefined, 'fr');
    expect((screen.getByRole('checkbox', { name: 'Statistiques' }) as HTMLInputElement).checked).toBe(true);
  });

  it("names a well-known category in the visitor's language before the site's text in another", async () => {
    const english = { ...analytics, title: { en: 'Analytics' }, description: { en: 'Counts visits.' } };
    await renderWithUi(<CategoryItem category={english} checked={false} onChange={() => {}} />, undefined, 'fr');
    const box = screen.getByRole('checkbox', { name: 'Mesure d’audience' });
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toBe('Mesure l’utilisation du site pour nous aider à l’améliorer.');
  });

  it("marks a text the site gave in another language only with that language, so it is read in its own voice", async () => {
    const social = { ...analytics, id: 'social', title: { en: 'Social media', ar: 'وسائل التواصل' }, description: 'Share buttons.', services: [] };
    await renderWithUi(<CategoryItem category={social} checked={false} onChange={() => {}} />, undefined, 'fr');
    const title = screen.getByText('Social media');
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['en', null]);
    // One string for every language is the site's text for each: nothing to mark.
    expect(screen.getByText('Share buttons.').hasAttribute('lang')).toBe(false);
    cleanup();
    // English inside a right-to-left interface also runs its own way.
    await renderWithUi(<CategoryItem category={{ ...social, title: { en: 'Social media' } }} checked={false} onChange={() => {}} />, undefined, 'he');
    const he = screen.getByText('Social media');
    expect([he.getAttribute('lang'), he.getAttribute('dir')]).toEqual(['en', 'ltr']);
    cleanup();
    await renderWithUi(<CategoryItem category={social} checked={false} onChange={() => {}} />, undefined, 'ar-EG');
    expect(screen.getByText('وسائل التواصل').hasAttribute('lang')).toBe(false);
  });

  it("marks the site's English string for a category of its own as English", async () => {
    const host = createTestHost({ ui: { translations: { en: { 'category.social.title': 'Social media' } } } });
    await renderWithUi(<CategoryItem category={{ ...analytics, id: 'social', services: [] }} checked={false} onChange={() => {}} />, host, 'de');
    expect(screen.getByRole('checkbox', { name: 'Social media' })).toBeTruthy();
    expect(screen.getByText('Social media').getAttribute('lang')).toBe('en');
  });
});
