import type { UiHost } from '../../core/ui-host.js';
import { languageOf } from '../i18n/resolve-language.js';
import { localize } from '../localize.js';

/**
 * The policy text for a language: inline Markdown from config, or fetched from `policy.url` (with `{lang}`
 * replaced) when the policy is shown. No policy at all still yields the generated cookie section.
 */
export async function loadMarkdown(host: UiHost, lang: string): Promise<string> {
  const policy = host.model.ui.policy;
  const inline = localize(policy?.markdown, lang, true)?.text;
  if (inline != null) return inline;
  // `{lang}` is the language alone, so a `pt-BR` visitor still gets the file named for `pt`.
  const url = localize(policy?.url, lang, true)?.text.replace(/\{lang\}/g, languageOf(lang));
  const fetcher = host.env.window?.fetch;
  if (!url || !fetcher) return '';
  const res = await fetcher.call(host.env.window, url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Assent: the policy at ${url} answered ${res.status}`);
  // A single-page app's server often answers a missing file with the app itself: shown as Markdown, the visitor
  // would read the page's HTML source.
  if (/^\s*text\/html\b/i.test(res.headers.get('content-type') ?? '')) {
    throw new Error(`Assent: the policy at ${url} is an HTML page, not Markdown; is the file missing?`);
  }
  return res.text();
}
