import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Service } from '../../core/model.js';
// Tests are not bundled; the real presets make a new preset cookie without a text fail here.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { presetIds, withPresetDetails } from '../../core/presets.js';
import { listedCategories } from '../listed-categories.js';
import en from '../locales/en-later.js';
import { loadStrings } from '../i18n/create-translator.js';
import { createTestHost, renderWithUi } from '../test-host.js';
import { browserWithout } from '../test-intl.js';
import { ServiceDetails } from './ServiceDetails.js';

/** A service as the engine hands it over: a preset's details filled in, every entry an object. */
const service = (config: Partial<Service> & { id: string }): Service => {
  const s = withPresetDetails(config) as Service;
  const entries = (list: unknown[] | undefined) => (list ?? []).map((e) => (typeof e === 'string' ? { name: e } : e));
  return { ...s, cookies: entries(s.cookies), localStorage: entries(s.localStorage), sessionStorage: entries(s.sessionStorage) } as Service;
};

/** Each row's cells, with the no-break spaces some languages put in durations read as spaces. */
const rows = () =>
  screen
    .getAllByRole<HTMLTableRowElement>('row')
    .slice(1)
    .map((r) => Array.from(r.cells, (c) => c.textContent!.replace(/\s/g, ' ')));

afterEach(cleanup);

describe('ServiceDetails', () => {
  it("describes a preset's cookies in the visitor's language: the purpose from its locale, the duration written out", async () => {
    const fr = await loadStrings('fr');
    await renderWithUi(<ServiceDetails service={service({ id: 'clarity', preset: 'clarity' })} headingId="h" />, undefined, 'fr');
    const [clck, , , anonchk, , , sm] = rows();
    expect(clck).toEqual(['_clck', 'Cookie', 'Microsoft', fr['preset.clarity._clck'], '1 an']);
    expect(fr['preset.clarity._clck']).not.toBe(en['preset.clarity._clck']);
    expect(anonchk![4]).toBe('10 minutes');
    expect(sm![4]).toBe(fr['duration.session']);
  });

  it('gives every cookie and storage key of every preset a purpose of its own', async () => {
    for (const preset of presetIds) {
      await renderWithUi(<ServiceDetails service={service({ id: preset, preset })} headingId="h" />);
      for (const cells of rows()) expect(cells[3], `${preset} ${cells[0]}`).toBe(en[`preset.${preset}.${cells[0]}`]);
      cleanup();
    }
  });

  it("keeps the site's own purpose and duration over a preset's, in the visitor's language", async () => {
    const s = service({
      id: 'clarity',
      preset: 'clarity',
      cookies: [{ name: '_clck', purpose: { en: 'Counts visits', fr: 'Compte les visites' }, duration: { en: '13 months', fr: '13 mois' } }],
    });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />, undefined, 'fr');
    expect(rows()).toEqual([['_clck', 'Cookie', 'Microsoft', 'Compte les visites', '13 mois']]);
  });

  it('keeps cookie and storage names left to right in a right-to-left language, so "_clck" never reads "clck_"', async () => {
    const s = service({
      id: 'ga',
      cookies: [{ name: '_clck' }, { name: '/^_ga_[A-Z0-9]+$/', pattern: /^_ga_[A-Z0-9]+$/ }],
      localStorage: [{ name: 'sentryReplaySession' }],
    });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />, undefined, 'ar');
    for (const name of ['_clck', '_ga_*', 'sentryReplaySession']) {
      expect(screen.getByText(name).closest('[dir="ltr"]'), name).not.toBeNull();
    }
  });

  it('names a cookie given as a pattern by the names it matches', async () => {
    const s = service({ id: 'ga', cookies: [{ name: '/^_ga_[A-Z0-9]+$/', pattern: /^_ga_[A-Z0-9]+$/ }] });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />);
    expect(rows()[0]![0]).toBe('_ga_*');
  });

  it("describes Assent's own consent cookie in the visitor's language, its lifetime written out", async () => {
    const fr = await loadStrings('fr');
    const host = createTestHost();
    host.model.cookie = { name: 'orch_consent', days: 180, domain: 'example.com' };
    const own = listedCategories(host)[0]!.services.at(-1)!;
    await renderWithUi(<ServiceDetails service={own} headingId="h" />, host, 'fr');
    expect(screen.getByRole('heading').textContent).toBe(fr['consentCookie.service']);
    expect(rows()).toEqual([['orch_consent', 'Cookie', 'example.com', fr['consentCookie.purpose'], '180 jours']]);
    expect(fr['consentCookie.purpose']).not.toBe(en['consentCookie.purpose']);
  });

  it("gives a cookie of a service without a preset no preset's text, even with the same name", async () => {
    const s = service({ id: 'stats', purpose: 'Site statistics', cookies: [{ name: '_clck', duration: 'P30D' }, { name: 'x' }] });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />);
    expect(rows()).toEqual([
      ['_clck', 'Cookie', '—', 'Site statistics', '30 days'],
      ['x', 'Cookie', '—', 'Site statistics', '—'],
    ]);
  });

  it("describes a preset's cookie in the visitor's language before the site's own text in another", async () => {
    const fr = await loadStrings('fr');
    const s = service({ id: 'clarity', preset: 'clarity', cookies: [{ name: '_clck', purpose: { en: 'Counts visits' }, duration: 'P1Y' }] });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />, undefined, 'fr');
    expect(rows()[0]![3]).toBe(fr['preset.clarity._clck']);
  });

  it('marks each text the site gave only in another language with that language, and nothing Assent wrote', async () => {
    const s = service({
      id: 'stats',
      provider: { en: 'Example Ltd' },
      purpose: { de: 'Statistik', en: 'Statistics' },
      cookies: [
        { name: 'a', provider: { fr: 'Exemple SARL' }, duration: { en: '13 months' } },
        { name: 'b', purpose: { en: 'Load balancing' }, duration: { en: 'P1Y6M' } },
      ],
    });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />, undefined, 'fr');
    const langOf = (text: string) => screen.getAllByText(text).map((e) => e.getAttribute('lang'));
    expect(langOf('Example Ltd')).toEqual(['en', 'en']);
    expect(langOf('Statistics')).toEqual(['en', 'en']);
    expect(langOf('Exemple SARL')).toEqual([null]);
    expect(langOf('Load balancing')).toEqual(['en']);
    expect(langOf('13 months')).toEqual(['en']);
    // A duration Assent writes out is in the interface's language, whatever the language of the config's text.
    expect(rows()[1]![4]).toBe('1 an et 6 mois');
    expect(screen.getByText(/^1.an et 6.mois$/).hasAttribute('lang')).toBe(false);
  });

  it("keeps the service's name whole in the link to its policy, so its full stop stays at its end in a right-to-left language", async () => {
    const s = service({ id: 'acme', name: 'Acme Inc.', policyUrl: 'https://acme.example/privacy' });
    await renderWithUi(<ServiceDetails service={s} headingId="h" />, undefined, 'ar');
    expect(screen.getByRole('link').innerHTML).toBe('سياسة الخصوصية لدى <bdi>Acme Inc.</bdi>');
  });

  it("writes durations in English, marked as English, in a language the browser has no data for, not in the browser's own", async () => {
    const german = browserWithout(['ga', 'mt'], 'de');
    try {
      const s = service({ id: 'stats', cookies: [{ name: 'a', duration: 'P1Y6M' }, { name: 'b', duration: 'session' }] });
      await renderWithUi(<ServiceDetails service={s} headingId="h" />, undefined, 'ga');
      expect(rows().map((r) => r[4])).toEqual(['1 year, 6 months', 'Seisiún']);
      expect(screen.getByText('1 year, 6 months').getAttribute('lang')).toBe('en');
      expect(screen.getByText('Seisiún').hasAttribute('lang')).toBe(false);
    } finally {
      german();
    }
  });
});
