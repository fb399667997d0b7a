import type { UiHost } from '../../core/ui-host.js';
import { languageOf, languageTag } from '../i18n/resolve-language.js';
import { localize, type LocalText } from '../localize.js';

/**
 * The policy text for a language, with the language it is written in when the site has none in the visitor's:
 * inline Markdown from config, or fetched from `policy.url` (with `{lang}` replaced) when the policy is shown. No
 * policy at all still yields the generated cookie section.
 */
export async function loadMarkdown(host: UiHost, lang: string): Promise<LocalText> {
  const policy = host.model.ui.policy;
  // One policy for every language is in the page's, which an interface set to another language is not: an English
  // policy inside an Arabic interface still reads left to right, and as English.
  const page = languageTag(host.env.document?.documentElement.lang);
  const inline = localize(policy?.markdown, lang, true);
  if (inline) return { lang: page, ...inline };
  // `{lang}` is the language alone, so a `pt-BR` visitor still gets the file named for `pt`.
  const source = localize(policy?.url, lang, true);
  const url = source?.text.replace(/\{lang\}/g, languageOf(lang));
  const fetcher = host.env.window?.fetch;
  if (!url || !fetcher) return { text: '' };
  const res = await fetcher.call(host.env.window, url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Assent: the policy at ${url} answered ${res.status}`);
  // A single-page app's server often answers a missing file with the app itself: shown as Markdown, the visitor
  // would read the page's HTML source.
  if (/^\s*text\/html\b/i.test(res.headers.get('content-type') ?? '')) {
    throw new Error(`Assent: the policy at ${url} is an HTML page, not Markdown; is the file missing?`);
  }
  // A file named for the visitor's language is in it.
  return { text: await res.text(), lang: source!.lang ?? (url === source!.text ? page : undefined) };
}
