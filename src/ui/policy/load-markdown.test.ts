import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../core/types.js';
import { createTestHost } from '../test-host.js';
import { loadMarkdown } from './load-markdown.js';

function hostServing(response: Response, url: LocalizedText = '/privacy.{lang}.md', fetched: string[] = []) {
  const host = createTestHost({ ui: { policy: { url } } });
  host.env.window = { ...window, fetch: async (u: string) => (fetched.push(u), response) } as unknown as typeof window;
  return host;
}

const markdown = (text = '## Cookies') => new Response(text, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });

describe('loadMarkdown', () => {
  it('gives the text of the Markdown file for the language', async () => {
    await expect(loadMarkdown(hostServing(markdown()), 'fr')).resolves.toEqual({ text: '## Cookies' });
  });

  it("names a file by the visitor's language alone, so a Brazilian visitor gets the Portuguese one", async () => {
    const fetched: string[] = [];
    await loadMarkdown(hostServing(markdown(), '/privacy.{lang}.md', fetched), 'pt-BR');
    expect(fetched).toEqual(['/privacy.pt.md']);
  });

  it('says which language a policy is in when the site has none in the visitor’s', async () => {
    const fetched: string[] = [];
    const host = hostServing(markdown('## Privacy'), { en: '/privacy-en.md', de: '/datenschutz.md' }, fetched);
    await expect(loadMarkdown(host, 'fr')).resolves.toEqual({ text: '## Privacy', lang: 'en' });
    expect(fetched).toEqual(['/privacy-en.md']);
    const inline = createTestHost({ ui: { policy: { markdown: { de: '## Datenschutz', 'pt-BR': '## Privacidade' } } } });
    await expect(loadMarkdown(inline, 'pt-BR')).resolves.toEqual({ text: '## Privacidade', lang: 'pt-BR' });
    await expect(loadMarkdown(inline, 'fr')).resolves.toEqual({ text: '## Datenschutz', lang: 'de' });
  });

  it('refuses an HTML page in place of the Markdown, which is what an app server sends for a missing file', async () => {
    const app = new Response('<!doctype html><div id="app"></div>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    await expect(loadMarkdown(hostServing(app), 'fr')).rejects.toThrow('Assent: the policy at /privacy.fr.md is an HTML page, not Markdown; is the file missing?');
  });

  it("takes a policy given once for every language to be in the page's language, and a file named for the visitor's language to be in it", async () => {
    document.documentElement.lang = 'en-GB';
    try {
      const inline = createTestHost({ ui: { policy: { markdown: '## Privacy' } } });
      await expect(loadMarkdown(inline, 'ar')).resolves.toEqual({ text: '## Privacy', lang: 'en-GB' });
      await expect(loadMarkdown(hostServing(markdown(), '/privacy.md'), 'ar')).resolves.toEqual({ text: '## Cookies', lang: 'en-GB' });
      await expect(loadMarkdown(hostServing(markdown(), '/privacy.{lang}.md'), 'ar')).resolves.toEqual({ text: '## Cookies' });
      await expect(loadMarkdown(hostServing(markdown(), { de: '/datenschutz.md' }), 'ar')).resolves.toEqual({ text: '## Cookies', lang: 'de' });
      document.documentElement.lang = 'tlh';
      await expect(loadMarkdown(inline, 'ar')).resolves.toEqual({ text: '## Privacy' });
    } finally {
      document.documentElement.lang = '';
    }
  });
});
