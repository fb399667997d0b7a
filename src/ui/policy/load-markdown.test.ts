import { describe, expect, it } from 'vitest';
import { createTestHost } from '../test-host.js';
import { loadMarkdown } from './load-markdown.js';

function hostServing(response: Response, fetched: string[] = []) {
  const host = createTestHost({ ui: { policy: { url: '/privacy.{lang}.md' } } });
  host.env.window = { ...window, fetch: async (u: string) => (fetched.push(u), response) } as unknown as typeof window;
  return host;
}

describe('loadMarkdown', () => {
  it('gives the text of the Markdown file for the language', async () => {
    const md = new Response('## Cookies', { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
    await expect(loadMarkdown(hostServing(md), 'fr')).resolves.toBe('## Cookies');
  });

  it("names a file by the visitor's language alone, so a Brazilian visitor gets the Portuguese one", async () => {
    const fetched: string[] = [];
    await loadMarkdown(hostServing(new Response('## Cookies'), fetched), 'pt-BR');
    expect(fetched).toEqual(['/privacy.pt.md']);
  });

  it('refuses an HTML page in place of the Markdown, which is what an app server sends for a missing file', async () => {
    const app = new Response('<!doctype html><div id="app"></div>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    await expect(loadMarkdown(hostServing(app), 'fr')).rejects.toThrow('Assent: the policy at /privacy.fr.md is an HTML page, not Markdown; is the file missing?');
  });
});
