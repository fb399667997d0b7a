import { Lexer, type Token, type Tokens } from 'marked';
import type { ComponentChildren } from 'preact';
import { decodeEntities } from './decode-entities.js';
import { safeHref } from './safe-href.js';
import { createSlugger } from './slug.js';

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

export interface ParsedMarkdown {
  tokens: Token[];
  /** The document's sections: its top-level headings, in order. */
  headings: Heading[];
  /** Every heading's anchor, those inside a list item or a blockquote included. */
  ids: Map<Token, string>;
  /** The shallowest heading level the document uses (2 when it has no heading). */
  top: number;
}

/** How headings render: their anchors, and how far their levels move to fit under what surrounds the policy. */
export interface Outline {
  ids: ReadonlyMap<Token, string>;
  shift: number;
}

/**
 * Markdown through marked's lexer only: the tokens become Preact elements here, and nothing from the source is
 * ever handed to innerHTML. Raw HTML tokens (`<script>`, `<img onerror>`) come out as visible text.
 *
 * The sections take their anchors first, so a heading inside a list or a quote can never shift theirs, and
 * `reserved` (an anchor the caller adds itself when no section has it) stays free for the caller.
 */
export function parseMarkdown(markdown: string, reserved?: string): ParsedMarkdown {
  const tokens = Lexer.lex(markdown);
  const slug = createSlugger();
  const ids = new Map<Token, string>();
  const depths: number[] = [];
  // `## Pliki cookie {#cookies}`: an anchor the author names, so a section in any language can be the one links
  // and the cookie table look for. Claimed before any other, and taken out of the heading's text.
  const own = new Map<Token, string>();
  const each = (list: readonly Token[], fn: (h: Tokens.Heading) => void): void => {
    for (const t of list) {
      if (t.type === 'heading') fn(t as Tokens.Heading);
      else if (t.type === 'list') for (const item of (t as Tokens.List).items) each(item.tokens, fn);
      else if (t.type === 'blockquote') each((t as Tokens.Blockquote).tokens, fn);
    }
  };
  each(tokens, (h) => {
    const last = h.tokens.at(-1);
    const m = last?.type === 'text' ? /\s*\{#([\w-]+)\}\s*$/.exec((last as Tokens.Text).text) : null;
    if (!m) return;
    (last as Tokens.Text).text = (last as Tokens.Text).text.slice(0, m.index);
    own.set(h, slug(m[1]!));
  });
  const name = (h: Tokens.Heading) => {
    const text = plainText(h.tokens);
    const id = own.get(h) ?? slug(text);
    ids.set(h, id);
    depths.push(h.depth);
    return { depth: h.depth, text, id };
  };
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map(name);
  if (reserved && !headings.some((h) => h.id === reserved)) slug(reserved);
  each(tokens, (h) => void (ids.has(h) || name(h)));
  return { tokens, headings, ids, top: depths.length ? Math.min(...depths) : 2 };
}

/** The element level for a Markdown heading depth, within what HTML has. */
export const headingLevel = (depth: number, shift: number) => Math.min(6, Math.max(1, depth + shift));

export function renderHeading(h: Tokens.Heading, outline: Outline, key?: number): ComponentChildren {
  const Tag = `h${headingLevel(h.depth, outline.shift)}` as 'h2';
  return (
    <Tag key={key} id={outline.ids.get(h)} tabIndex={-1}>
      {renderInline(h.tokens)}
    </Tag>
  );
}

function plainText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : decodeEntities('text' in t ? String(t.text) : '')))
    .join('');
}

export function renderBlocks(tokens: readonly Token[], outline: Outline): ComponentChildren[] {
  return tokens.map((t, i) => renderBlock(t, i, outline));
}

function renderBlock(t: Token, key: number, outline: Outline): ComponentChildren {
  switch (t.type) {
    case 'heading':
      return renderHeading(t as Tokens.Heading, outline, key);
    case 'paragraph':
      return <p key={key}>{renderInline((t as Tokens.Paragraph).tokens)}</p>;
    case 'text': {
      const x = t as Tokens.Text;
      return <p key={key}>{x.tokens ? renderInline(x.tokens) : decodeEntities(x.text)}</p>;
    }
    case 'list': {
      const l = t as Tokens.List;
      const items = l.items.map((item, j) => <li key={j}>{renderListItem(item, outline)}</li>);
      return l.ordered ? (
        <ol key={key} start={typeof l.start === 'number' ? l.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'table': {
      const tb = t as Tokens.Table;
      const align = (j: number) => (tb.align[j] ? `align-${tb.align[j]}` : undefined);
      return (
        <table key={key}>
          <thead>
            <tr>
              {tb.header.map((c, j) => (
                <th key={j} scope="col" class={align(j)}>
                  {renderInline(c.tokens)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tb.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, j) => (
                  <td key={j} class={align(j)}>
                    {renderInline(c.tokens)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{renderBlocks((t as Tokens.Blockquote).tokens, outline)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{(t as Tokens.Code).text}</code>
        </pre>
      );
    case 'hr':
      return <hr key={key} />;
    case 'html':
      return <p key={key}>{(t as Tokens.HTML).text}</p>;
    case 'space':
      return null;
    default:
      return 'text' in t ? <p key={key}>{String(t.text)}</p> : null;
  }
}

function renderListItem(item: Tokens.ListItem, outline: Outline): ComponentChildren {
  // Tight lists hold bare text tokens; loose ones hold paragraphs. Either way no extra <p> in a tight item.
  return item.tokens.map((t, i) =>
    t.type === 'text' ? <span key={i}>{(t as Tokens.Text).tokens ? renderInline((t as Tokens.Text).tokens!) : decodeEntities((t as Tokens.Text).text)}</span> : renderBlock(t, i, outline),
  );
}

function renderInline(tokens: readonly Token[] | undefined): ComponentChildren[] {
  return (tokens ?? []).map((t, i) => renderInlineToken(t, i));
}

function renderInlineToken(t: Token, key: number): ComponentChildren {
  switch (t.type) {
    case 'text':
    case 'escape': {
      const x = t as Tokens.Text;
      return x.tokens ? <span key={key}>{renderInline(x.tokens)}</span> : decodeEntities(x.text);
    }
    case 'strong':
      return <strong key={key}>{renderInline((t as Tokens.Strong).tokens)}</strong>;
    case 'em':
      return <em key={key}>{renderInline((t as Tokens.Em).tokens)}</em>;
    case 'del':
      return <del key={key}>{renderInline((t as Tokens.Del).tokens)}</del>;
    case 'codespan':
      return <code key={key}>{decodeEntities((t as Tokens.Codespan).text)}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const l = t as Tokens.Link;
      // CommonMark decodes character references in link destinations, so `&#106;avascript:` means `javascript:`.
      const href = safeHref(decodeEntities(l.href));
      const children = renderInline(l.tokens);
      if (!href) return <span key={key}>{children}</span>;
      const external = /^https?:/i.test(href);
      return (
        <a key={key} href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {children}
        </a>
      );
    }
    case 'image':
      // Images would load third-party content before consent; their alt text stands in.
      return decodeEntities((t as Tokens.Image).text);
    case 'html':
      return (t as Tokens.HTML).text;
    default:
      return 'text' in t ? String(t.text) : null;
  }
}
