import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown, renderBlocks } from './markdown.js';

afterEach(cleanup);

function show(md: string) {
  const { tokens, headings, ids } = parseMarkdown(md);
  const { container } = render(<div>{renderBlocks(tokens, { ids, shift: 0 })}</div>);
  return { container, headings };
}

describe('Markdown rendering', () => {
  it('renders headings with anchors, paragraphs, emphasis, lists and tables', () => {
    const { container, headings } = show('# Policy\n\n## Who we are\n\nWe are **Acme** and *small*.\n\n- one\n- two\n\n| Name | Duration |\n|---|---:|\n| a | 1 day |\n');
    expect(headings.map((h) => h.id)).toEqual(['policy', 'who-we-are']);
    expect(container.querySelector('h2#who-we-are')!.textContent).toBe('Who we are');
    expect(container.querySelector('strong')!.textContent).toBe('Acme');
    expect(container.querySelector('em')!.textContent).toBe('small');
    expect(Array.from(container.querySelectorAll('li')).map((l) => l.textContent)).toEqual(['one', 'two']);
    expect(container.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(container.querySelector('td.align-right')!.textContent).toBe('1 day');
  });

  it('gives headings inside list items and quotes their own anchors, and keeps them out of the sections', () => {
    const { container, headings } = show('## Intro\n\n- ## Heading in list\n\n> ## Quoted\n\n## Third\n\n## Intro\n');
    expect(headings.map((h) => h.id)).toEqual(['intro', 'third', 'intro-1']);
    expect(Array.from(container.querySelectorAll('h2')).map((h) => `${h.textContent}#${h.id}`)).toEqual([
      'Intro#intro',
      'Heading in list#heading-in-list',
      'Quoted#quoted',
      'Third#third',
      'Intro#intro-1',
    ]);
  });

  it('leaves a reserved anchor to the caller unless a section takes it', () => {
    const nested = parseMarkdown('- ## Cookies\n\n## Data\n', 'cookies');
    expect([...nested.ids.values()]).toEqual(['data', 'cookies-1']);
    const own = parseMarkdown('- ## Cookies\n\n## Cookies\n', 'cookies');
    expect([...own.ids.values()]).toEqual(['cookies', 'cookies-1']);
  });

  it('moves heading levels by the shift, within h1 to h6', () => {
    const { tokens, ids, top } = parseMarkdown('# Title\n\n## Part\n\n###### Small\n');
    expect(top).toBe(1);
    const { container } = render(<div>{renderBlocks(tokens, { ids, shift: 2 })}</div>);
    expect(Array.from(container.querySelectorAll('h3, h4, h6')).map((h) => h.tagName)).toEqual(['H3', 'H4', 'H6']);
  });

  it('shows raw HTML as text and creates no element from it', () => {
    const { container } = show('Hi <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n<iframe src="https://evil.test"></iframe>\n');
    expect(container.querySelector('script, img, iframe')).toBeNull();
    expect(container.textContent).toContain('<script>');
    expect(container.textContent).toContain('onerror="alert(2)"');
    expect(container.querySelector('[onerror]')).toBeNull();
  });

  it('keeps safe links and turns unsafe ones into text', () => {
    const { container } = show('[site](https://example.com) [mail](mailto:a@b.c) [rel](/terms) [bad](javascript:alert(1)) [data](data:text/html,x) [vb](vbscript:x) [ent](&#106;avascript:alert(1))');
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com', 'mailto:a@b.c', '/terms']);
    expect(container.textContent).toContain('bad');
    expect(container.textContent).toContain('ent');
    expect(container.querySelector('a[target="_blank"]')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('decodes character references in text without parsing them as HTML', () => {
    const { container } = show('Tom &amp; Jerry &lt;b&gt;');
    expect(container.textContent).toBe('Tom & Jerry <b>');
    expect(container.querySelector('b')).toBeNull();
  });

  it('decodes named references in headings, their anchors and text, as a French policy writes them', () => {
    const { container, headings } = show('## Donn&eacute;es personnelles\n\n&laquo;&nbsp;Cookies&nbsp;&raquo; &copy; 2026');
    expect(headings).toEqual([{ depth: 2, text: 'Données personnelles', id: 'données-personnelles' }]);
    expect(container.querySelector('h2')!.textContent).toBe('Données personnelles');
    expect(container.querySelector('p')!.textContent).toBe('«\u00a0Cookies\u00a0» © 2026');
  });

  it('replaces images with their alt text so nothing loads before consent', () => {
    const { container } = show('![A tracking pixel](https://tracker.test/p.gif)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('A tracking pixel');
  });
});
