import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { textHash } from '../../shared/text-hash.js';
import { afterEach, describe, expect, it } from 'vitest';
import { category, createTestHost, DEFAULT_CATEGORIES, record, renderWithUi } from '../test-host.js';
import { EmbedPlaceholder } from './EmbedPlaceholder.js';

/** An embed as the gate holds it; loading gives it its `src`, as the gate does, when that is a web address. */
function target(src = 'https://video.example.com/embed/42', assent = 'marketing') {
  const element = document.createElement('iframe');
  element.title = 'Product video';
  element.setAttribute('data-assent', assent);
  element.setAttribute('data-src', src);
  const loads: number[] = [];
  const loadOnce = () => {
    loads.push(1);
    if (/^https?:$/.test(new URL(src, element.baseURI).protocol)) element.setAttribute('src', src);
  };
  return { element, category: assent.split('.')[0]!, loadOnce, loads };
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

  it('loads the embed once without changing the choice, and sends proof of that consent with the address it loaded and the texts shown', async () => {
    const t = target('https://video.example.com/embed/42', 'marketing.video');
    let removed = 0;
    const { host } = await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => removed++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load this content' }));
    expect(t.loads).toEqual([1]);
    expect(removed).toBe(1);
    expect(host.decisions).toEqual([]);
    const texts = [
      'Product video is blocked until you allow Marketing.',
      'Measures campaigns and shows more relevant ads, here and on other sites.',
      'Load this content',
    ];
    expect(host.loads).toEqual([
      {
        embed: { category: 'marketing', service: 'video', src: 'https://video.example.com/embed/42' },
        meta: { language: 'en', texts, textHash: textHash(texts) },
      },
    ]);
  });

  it('records a relative address as the absolute one the frame loaded', async () => {
    const t = target('/embed/map');
    const { host } = await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load this content' }));
    expect(host.loads[0]!.embed).toEqual({ category: 'marketing', src: new URL('/embed/map', document.baseURI).href });
  });

  it('records nothing when the embed did not load, as one whose address is not a web address never does', async () => {
    const t = target('javascript:alert(1)');
    const { host } = await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load this content' }));
    expect(t.loads).toEqual([1]);
    expect(host.loads).toEqual([]);
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

  it("keeps the embed's name and the category's title whole in a right-to-left sentence, and says which title is English", async () => {
    const t = target();
    t.element.title = 'What is new?';
    t.category = 'social';
    const host = createTestHost({ categories: [...DEFAULT_CATEGORIES, category('social', { title: { en: 'Social media' } })] });
    await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />, host, 'ar');
    const group = screen.getByRole('group', { name: 'What is new?' });
    // In <bdi>, the question mark stays at the end of the name instead of moving to the start of the Arabic line.
    expect(group.querySelector('p')!.innerHTML).toBe('<bdi id="assent-embed-name">What is new?</bdi> محظور حتى تسمح بفئة <bdi lang="en" dir="ltr">Social media</bdi>.');
    const always = screen.getByRole('button', { name: 'السماح دائمًا بفئة Social media' });
    expect(always.innerHTML).toBe('<span>السماح دائمًا بفئة <bdi lang="en" dir="ltr">Social media</bdi></span>');
  });

  it("names the embed in the page's language, which the interface may not be in, and Assent's own name for it in the interface's", async () => {
    const page = document.createElement('div');
    page.lang = 'en';
    const t = target();
    page.append(t.element);
    await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />, undefined, 'de');
    expect(screen.getByRole('group', { name: 'Product video' }).querySelector('bdi')!.getAttribute('lang')).toBe('en');
    cleanup();
    await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />);
    expect(screen.getByRole('group', { name: 'Product video' }).querySelector('bdi')!.hasAttribute('lang')).toBe(false);
    cleanup();
    t.element.removeAttribute('title');
    await renderWithUi(<EmbedPlaceholder target={t} onLoaded={() => {}} />, undefined, 'de');
    expect(screen.getByRole('group', { name: 'Dieser Inhalt' }).querySelector('bdi')!.hasAttribute('lang')).toBe(false);
  });
});
