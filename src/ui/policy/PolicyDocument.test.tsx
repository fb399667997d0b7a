import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, record, renderWithUi } from '../test-host.js';
import { browserWithout } from '../test-intl.js';
import { PolicyDocument } from './PolicyDocument.js';

afterEach(cleanup);

const headings = (sel = 'h1, h2, h3, h4, h5, h6') => Array.from(document.querySelectorAll(sel)).map((h) => `${h.tagName}#${h.id}`);

describe('PolicyDocument', () => {
  it('appends the generated cookie section, anchored #cookies, when the policy has none', async () => {
    await renderWithUi(<PolicyDocument level={2} markdown={'# Privacy\n\n## Your rights\n\nText.'} />);
    expect(headings('h1, h2, h3')).toEqual(['H2#privacy', 'H3#your-rights', 'H3#cookies']);
    expect(document.getElementById('cookies')!.textContent).toBe('Cookies and similar storage');
  });

  it('fills the author’s own Cookies section, keeping their text and what follows', async () => {
    await renderWithUi(<PolicyDocument level={2} markdown={'## Intro\n\nHello\n\n## Cookies\n\nOur own words.\n\n## Contact\n\nBye'} />);
    expect(headings('h2')).toEqual(['H2#intro', 'H2#cookies', 'H2#contact']);
    const section = document.querySelector('section[aria-labelledby="cookies"]')!;
    expect(section.textContent).toContain('Our own words.');
    expect(section.textContent).toContain('Microsoft Clarity');
    expect(document.body.textContent!.indexOf('Bye')).toBeGreaterThan(document.body.textContent!.indexOf('Microsoft Clarity'));
  });

  it('fills a section the author anchored {#cookies}, in any language, and shows its title without the anchor', async () => {
    const md = '## Wstęp\n\nTekst\n\n## Pliki cookie i podobne technologie {#cookies}\n\nPoniżej tabela.\n\n## Kontakt\n';
    await renderWithUi(<PolicyDocument level={2} markdown={md} />);
    expect(headings('h2')).toEqual(['H2#wstęp', 'H2#cookies', 'H2#kontakt']);
    expect(document.getElementById('cookies')!.textContent).toBe('Pliki cookie i podobne technologie');
    const section = document.querySelector('section[aria-labelledby="cookies"]')!;
    expect(section.textContent).toContain('Poniżej tabela.');
    expect(section.textContent).toContain('Microsoft Clarity');
    // One Cookies section: the generated one isn't added after it.
    expect(document.querySelectorAll('section[aria-labelledby="cookies"]')).toHaveLength(1);
  });

  it('nests its outline under the level it is given, the shallowest heading of the Markdown landing there', async () => {
    const { container, unmount } = await renderWithUi(<PolicyDocument level={3} markdown={'# Privacy\n\n## Rights\n\n### Access\n'} />);
    // Under a dialog's h2 title: the policy's title one below it, its sections below that, the cookie section's
    // categories and services further down, and nothing deeper than h6.
    expect(headings('h1, h2, h3, h4')).toEqual(['H3#privacy', 'H4#rights', 'H4#cookies']);
    expect(container.querySelector('h5#access')).not.toBeNull();
    expect(headings('.cookie-section :is(h5, h6)').slice(0, 2)).toEqual(['H5#', 'H6#assent-policy-necessary-session']);
    unmount();
    await renderWithUi(<PolicyDocument level={2} markdown={'### Intro\n\n#### Detail\n'} />);
    expect(headings('h2, h3')).toEqual(['H2#intro', 'H3#detail', 'H2#cookies', 'H3#', 'H3#', 'H3#']);
  });

  it('anchors every heading once, wherever it sits, so contents, deep links and the cookie section agree', async () => {
    const md = '## Intro\n\n- ## Heading in list\n\n> ## Quoted\n\n## Third\n\n## Cookies\n\nOurs.\n\n## Last\n';
    await renderWithUi(<PolicyDocument level={2} markdown={md} />);
    expect(headings('h2')).toEqual(['H2#intro', 'H2#heading-in-list', 'H2#quoted', 'H2#third', 'H2#cookies', 'H2#last']);
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(Array.from(nav.querySelectorAll('a')).map((a) => `${a.textContent}${a.getAttribute('href')}`)).toEqual([
      'Intro#intro',
      'Third#third',
      'Cookies#cookies',
      'Last#last',
    ]);
    expect(document.querySelector('section[aria-labelledby="cookies"] > h2')!.id).toBe('cookies');
    expect(document.querySelector('section[aria-labelledby="cookies"]')!.textContent).toContain('Ours.');
  });

  it('keeps #cookies for the generated section when only a nested heading says Cookies', async () => {
    await renderWithUi(<PolicyDocument level={2} markdown={'## Intro\n\n> ## Cookies\n\n## End\n'} />);
    expect(headings('h2')).toEqual(['H2#intro', 'H2#cookies-1', 'H2#end', 'H2#cookies']);
    expect(document.getElementById('cookies')!.textContent).toBe('Cookies and similar storage');
  });

  it('lists the sections in a table of contents', async () => {
    await renderWithUi(<PolicyDocument level={2} markdown={'## Intro\n\n## Data\n'} />);
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(Array.from(nav.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['#intro', '#data', '#cookies']);
  });

  it('shows last updated, revision and a pending change', async () => {
    const host = createTestHost({
      revision: 7,
      ui: { policy: { updated: '2026-04-10', pending: { effective: '2026-05-01', summary: 'New analytics vendor.' } } },
    });
    await renderWithUi(<PolicyDocument level={2} markdown="Text" />, host);
    expect(document.querySelector('.meta')!.textContent).toBe('Last updated: April 10, 2026 · Revision 7');
    expect(document.querySelector('[data-assent-pending]')!.textContent).toBe('Changes take effect on May 1, 2026. New analytics vendor.');
  });

  it('marks a pending change summed up only in another language with that language', async () => {
    const pending = { effective: '2026-05-01', summary: { en: 'New analytics vendor.', de: 'Neuer Anbieter.' } };
    await renderWithUi(<PolicyDocument level={2} markdown="Text" />, createTestHost({ ui: { policy: { pending } } }), 'fr');
    expect(screen.getByText('New analytics vendor.').getAttribute('lang')).toBe('en');
    expect(document.querySelector('[data-assent-pending] strong')!.hasAttribute('lang')).toBe(false);
  });

  it("writes dates in the page's regional variant of the language shown", async () => {
    document.documentElement.lang = 'en-GB';
    try {
      await renderWithUi(<PolicyDocument level={2} markdown="Text" />, createTestHost({ ui: { policy: { updated: '2026-04-10' } } }));
      expect(document.querySelector('.meta')!.textContent).toContain('10 April 2026');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it("writes dates in English, marked as English, in a language the browser has no data for, not in the browser's own", async () => {
    const german = browserWithout(['ga', 'mt'], 'de');
    try {
      const host = createTestHost({ revision: 4, ui: { policy: { updated: '2026-04-10', pending: { effective: '2026-12-01' } } } });
      await renderWithUi(<PolicyDocument level={2} markdown="Text" />, host, 'ga');
      expect(document.querySelector('.meta')!.textContent).toBe('Nuashonraithe go deireanach: April 10, 2026 · Leagan 4');
      expect(screen.getByText('April 10, 2026').getAttribute('lang')).toBe('en');
      expect(screen.getByText('December 1, 2026').getAttribute('lang')).toBe('en');
      expect(document.querySelector('[data-assent-pending] strong')!.textContent).toBe('Tiocfaidh athruithe i bhfeidhm ar December 1, 2026.');
    } finally {
      german();
    }
  });

  it('writes the revision in the same digits as the date', async () => {
    document.documentElement.lang = 'ar-EG';
    try {
      await renderWithUi(<PolicyDocument level={2} markdown="Text" />, createTestHost({ revision: 14, ui: { policy: { updated: '2026-04-10' } } }), 'ar');
      expect(document.querySelector('.meta')!.textContent).toBe('آخر تحديث: ١٠ أبريل ٢٠٢٦ · الإصدار ١٤');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('shows the current choice, follows changes, and opens preferences to change it', async () => {
    const host = createTestHost({ record: record({ necessary: true, analytics: true, marketing: false }) });
    const { calls } = await renderWithUi(<PolicyDocument level={2} markdown="" />, host);
    const choice = (id: string) => document.querySelector(`[data-assent-category="${id}"]`)!.textContent;
    expect(choice('analytics')).toContain('Your choice: Allowed');
    expect(choice('marketing')).toContain('Your choice: Not allowed');
    // One colon: the status of a locked category is short, its reason is in the description.
    const necessary = [...document.querySelectorAll('[data-assent-category="necessary"] p')].map((p) => p.textContent);
    expect(necessary).toContain('Your choice: Always on');
    host.set(record({ necessary: true, analytics: false, marketing: true }));
    await waitFor(() => expect(choice('marketing')).toContain('Your choice: Allowed'));
    fireEvent.click(screen.getByRole('button', { name: 'Change my choices' }));
    expect(calls.preferences).toHaveLength(1);
  });

  it('lists the cookies of a site in notice mode with nothing to choose: no choice, no undecided note, no button', async () => {
    await renderWithUi(<PolicyDocument level={2} markdown="" />, createTestHost({ mode: 'notice' }));
    const section = document.querySelector('.cookie-section')!;
    expect(section.textContent).toContain('This site only uses the cookies and similar storage it needs to work');
    expect(section.textContent).not.toContain('Your choice');
    expect(section.textContent).not.toContain('You have not made a choice yet.');
    expect(section.textContent).not.toContain('consent banner');
    expect(screen.queryByRole('button', { name: 'Change my choices' })).toBeNull();
    expect(section.querySelectorAll('table').length).toBeGreaterThan(0);
  });

  it('hands in-page links to the viewer', async () => {
    const seen: string[] = [];
    await renderWithUi(<PolicyDocument level={2} markdown={'## A\n\n## B\n\n[see cookies](#cookies)'} onNavigate={(id) => seen.push(id)} />);
    fireEvent.click(screen.getByText('see cookies'));
    expect(seen).toEqual(['cookies']);
  });

  it('marks a policy the site wrote in another language than the interface’s, and nothing Assent adds to it', async () => {
    const md = '## Intro\n\nHello.\n\n## Cookies\n\nOur own words.\n\n## Contact\n\nBye.';
    const pending = { effective: '2026-05-01', summary: { en: 'New analytics vendor.' } };
    await renderWithUi(<PolicyDocument level={2} markdown={md} markdownLang="en" />, createTestHost({ ui: { policy: { pending } } }), 'ar');
    const langOf = (el: Element | null) => el?.closest('.policy [lang]')?.getAttribute('lang');
    for (const text of ['Hello.', 'Our own words.', 'Bye.', 'New analytics vendor.']) expect(langOf(screen.getByText(text)), text).toBe('en');
    for (const id of ['intro', 'cookies', 'contact']) expect(document.getElementById(id)!.closest('.policy [lang]')!.getAttribute('dir'), id).toBe('ltr');
    expect(Array.from(screen.getByRole('navigation').querySelectorAll('a'), (a) => a.getAttribute('lang'))).toEqual(['en', 'en', 'en']);
    // The table, the choice and the notice's own words are Assent's, in Arabic.
    expect(langOf(document.querySelector('.cookie-section table'))).toBeUndefined();
    expect(langOf(document.querySelector('[data-assent-pending] strong'))).toBeUndefined();
  });

  it('keeps the generated Cookies heading, and a policy in the visitor’s language, unmarked', async () => {
    await renderWithUi(<PolicyDocument level={2} markdown={'## Intro\n\n## Data\n'} markdownLang="fr" />, undefined, 'fr-CA');
    expect(document.querySelector('.policy [lang]')).toBeNull();
    cleanup();
    await renderWithUi(<PolicyDocument level={2} markdown={'## Intro\n\n## Data\n'} markdownLang="en" />, undefined, 'fr');
    const links = Array.from(screen.getByRole('navigation').querySelectorAll('a'), (a) => `${a.textContent}:${a.getAttribute('lang')}`);
    expect(links).toEqual(['Intro:en', 'Data:en', 'Cookies et stockages similaires:null']);
  });
});
