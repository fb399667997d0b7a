import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Token, Tokens } from 'marked';
import { SiteText } from '../components/SiteText.js';
import { languageTag } from '../i18n/resolve-language.js';
import { interpolate } from '../interpolate.js';
import { intlLocale } from '../intl-locale.js';
import { languageAttributes } from '../language-attributes.js';
import { localize, type LocalText } from '../localize.js';
import { useUi } from '../ui-context.js';
import { CookieSection } from './CookieSection.js';
import { fragmentId } from './fragment-id.js';
import { headingLevel, parseMarkdown, renderBlocks, renderHeading, type Heading, type Outline } from './markdown.js';

const COOKIES_ID = 'cookies';

export interface PolicyDocumentProps {
  markdown: string;
  /** The language the Markdown is written in, when the site has none in the visitor's. */
  markdownLang?: string;
  /** The level the policy's top headings take: 2 in a page, under its own h1; one below a dialog's title. */
  level: number;
  /** Called for in-page links (`#id`); without it the browser follows them (and `hashchange` fires). */
  onNavigate?: (id: string, e: MouseEvent) => void;
}

/**
 * The policy: meta line (last updated, revision), a pending-change notice, a table of contents, the Markdown,
 * and the generated cookie section: under the author's own `# Cookies` heading if there is one, else at the end.
 * Heading levels move together so that the document's shallowest one lands on `level`.
 */
export function PolicyDocument({ markdown, markdownLang, level, onNavigate }: PolicyDocumentProps) {
  const ui = useUi();
  const { host, t, lang } = ui;
  const policy = host.model.ui.policy;
  const parsed = useMemo(() => parseMarkdown(markdown, COOKIES_ID), [markdown]);
  const outline: Outline = { ids: parsed.ids, shift: level - parsed.top };
  const authored = parsed.headings.find((h) => h.id === COOKIES_ID);
  // The generated section sits beside the author's sections: `##` when the document has a `#` title above them.
  const cookies = authored ?? { depth: Math.max(2, parsed.top), text: t('policy.cookies'), id: COOKIES_ID };
  const headings: Heading[] = authored ? parsed.headings : [...parsed.headings, cookies];
  const toc = headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  const cookiesLevel = headingLevel(cookies.depth, outline.shift);

  const at = parsed.tokens.findIndex((tk) => parsed.ids.get(tk) === COOKIES_ID);
  const [before, section, rest] = split(parsed.tokens, at);
  // The Markdown in another language than the interface's says so; what Assent adds (the cookie section, its
  // generated heading) stays in the visitor's.
  const own = languageAttributes(ui, markdownLang);
  const authors = (children: ComponentChildren) => (own.lang ? <div {...own}>{children}</div> : children);
  const body: ComponentChildren[] = [
    authors(renderBlocks(before, outline)),
    <CookieSection
      key="cookies"
      level={cookiesLevel}
      heading={
        at < 0 ? (
          <Tag level={cookiesLevel} id={COOKIES_ID}>
            {cookies.text}
          </Tag>
        ) : (
          authors(renderHeading(parsed.tokens[at] as Tokens.Heading, outline))
        )
      }
    >
      {authors(renderBlocks(section, outline))}
    </CookieSection>,
    authors(renderBlocks(rest, outline)),
  ];

  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element).closest?.('a[href^="#"]');
    if (a && onNavigate) onNavigate(fragmentId(a.getAttribute('href')!), e);
  };
  const pending = policy?.pending;
  const summary = localize(pending?.summary, lang, true);
  // Dates follow the page's regional variant (en-GB writes 3 April 2026) when it is the language shown. The revision
  // is written alike, or `ar-EG` would put Latin digits beside the date's Arabic-Indic ones.
  const page = languageTag(host.env.document?.documentElement.lang);
  const locale = intlLocale(page?.startsWith(lang) ? page : lang);
  const date = (iso: string) => <SiteText value={formatDate(iso, locale)} />;
  const revision = new Intl.NumberFormat(locale, { useGrouping: false }).format(host.model.revision);

  return (
    <article class="policy" onClick={onClick}>
      {(policy?.updated || host.model.revision) && (
        <p class="meta muted">
          {policy?.updated && interpolate(t('policy.updated', { date: '\0' + 0 }), [date(policy.updated)])}
          {policy?.updated && ' · '}
          {t('policy.revision', { revision })}
        </p>
      )}
      {pending && (
        <p class="note" data-assent-pending="">
          <strong>{interpolate(t('policy.pending', { date: '\0' + 0 }), [date(pending.effective)])}</strong> {summary && <SiteText value={summary} />}
        </p>
      )}
      {toc.length > 1 && (
        <nav class="toc" aria-label={t('policy.toc')}>
          <ul>
            {toc.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`} {...(authored || h !== cookies ? own : {})}>
                  {h.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {body}
    </article>
  );
}

function Tag({ level, id, children }: { level: number; id: string; children: ComponentChildren }) {
  const H = `h${level}` as 'h2';
  return (
    <H id={id} tabIndex={-1}>
      {children}
    </H>
  );
}

/** Splits at the author's cookies heading: what comes before it, its own section, and the rest. */
function split(tokens: Token[], at: number): [Token[], Token[], Token[]] {
  if (at < 0) return [tokens, [], []];
  const depth = (tokens[at] as Tokens.Heading).depth;
  let end = tokens.findIndex((t, i) => i > at && t.type === 'heading' && (t as Tokens.Heading).depth <= depth);
  if (end < 0) end = tokens.length;
  return [tokens.slice(0, at), tokens.slice(at + 1, end), tokens.slice(end)];
}

function formatDate(iso: string, lang: string): LocalText {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { text: iso };
  try {
    return { text: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d), lang };
  } catch {
    return { text: iso };
  }
}
