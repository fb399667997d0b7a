import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Token, Tokens } from 'marked';
import { localize } from '../localize.js';
import { useUi } from '../ui-context.js';
import { CookieSection } from './CookieSection.js';
import { parseMarkdown, renderBlocks, renderInline, type Heading } from './markdown.js';

export const COOKIES_ID = 'cookies';

export interface PolicyDocumentProps {
  markdown: string;
  /** Called for in-page links (`#id`); without it the browser follows them (and `hashchange` fires). */
  onNavigate?: (id: string, e: MouseEvent) => void;
}

/**
 * The policy: meta line (last updated, revision), a pending-change notice, a table of contents, the Markdown,
 * and the generated cookie section: under the author's own `# Cookies` heading if there is one, else at the end.
 */
export function PolicyDocument({ markdown, onNavigate }: PolicyDocumentProps) {
  const ui = useUi();
  const { host, t, lang } = ui;
  const policy = host.model.ui.policy;
  const parsed = useMemo(() => parseMarkdown(markdown), [markdown]);
  const ids = parsed.headings.map((h) => h.id);
  const at = ids.indexOf(COOKIES_ID);
  const headings: Heading[] = at < 0 ? [...parsed.headings, { depth: 2, text: t('policy.cookies'), id: COOKIES_ID }] : parsed.headings;
  const toc = headings.filter((h) => h.depth >= 2 && h.depth <= 3);

  const [before, authored, after] = split(parsed.tokens, at);
  const idIter = ids[Symbol.iterator]();
  const body: ComponentChildren[] = [...renderBlocks(before, idIter)];
  if (authored) {
    const h = authored as Tokens.Heading;
    const Tag = `h${h.depth}` as 'h2';
    const heading = (
      <Tag id={idIter.next().value as string} tabIndex={-1}>
        {renderInline(h.tokens)}
      </Tag>
    );
    const own = renderBlocks(after.section, idIter);
    body.push(
      <CookieSection key="cookies" heading={heading}>
        {own}
      </CookieSection>,
      ...renderBlocks(after.rest, idIter),
    );
  } else {
    body.push(
      <CookieSection
        key="cookies"
        heading={
          <h2 id={COOKIES_ID} tabIndex={-1}>
            {t('policy.cookies')}
          </h2>
        }
      />,
    );
  }

  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element).closest?.('a[href^="#"]');
    if (a && onNavigate) onNavigate(decodeURIComponent(a.getAttribute('href')!.slice(1)), e);
  };
  const pending = policy?.pending;
  // Dates follow the page's regional variant (en-GB writes 3 April 2026) when it is the language shown.
  const pageLang = host.env.document?.documentElement.lang ?? '';
  const date = (iso: string) => formatDate(iso, pageLang.toLowerCase().startsWith(lang.toLowerCase()) ? pageLang : lang);

  return (
    <article class="policy" onClick={onClick}>
      {(policy?.updated || host.model.revision) && (
        <p class="meta muted">
          {policy?.updated && t('policy.updated', { date: date(policy.updated) })}
          {policy?.updated && ' · '}
          {t('policy.revision', { revision: host.model.revision })}
        </p>
      )}
      {pending && (
        <p class="note" data-assent-pending="">
          <strong>{t('policy.pending', { date: date(pending.effective) })}</strong> {localize(pending.summary, lang)}
        </p>
      )}
      {toc.length > 1 && (
        <nav class="toc" aria-label={t('policy.toc')}>
          <ul>
            {toc.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {body}
    </article>
  );
}

/** Splits at the author's cookies heading: what comes before, the heading, its own section, and the rest. */
function split(tokens: Token[], headingIndex: number): [Token[], Token | undefined, { section: Token[]; rest: Token[] }] {
  if (headingIndex < 0) return [tokens, undefined, { section: [], rest: [] }];
  let seen = -1;
  const at = tokens.findIndex((t) => t.type === 'heading' && ++seen === headingIndex);
  const depth = (tokens[at] as Tokens.Heading).depth;
  let end = tokens.findIndex((t, i) => i > at && t.type === 'heading' && (t as Tokens.Heading).depth <= depth);
  if (end < 0) end = tokens.length;
  return [tokens.slice(0, at), tokens[at], { section: tokens.slice(at + 1, end), rest: tokens.slice(end) }];
}

function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return iso;
  }
}
