import type { LocalizedText } from '../core/types.js';
import { languageOf, languageTag } from './i18n/resolve-language.js';

/** A text, with the language it is written in; none for one string the config gives for every language. */
export interface LocalText {
  text: string;
  lang?: string;
}

/**
 * The config's text in a language: its regional variant (`pt-BR`), then the language itself (`pt`), with codes
 * read as `ui.language` reads them (`PT`, `pt_br`). `elsewhere` also takes a text in another language when there is
 * none: English, then the first given. A text written once for every language is always taken.
 */
export function localize(text: LocalizedText | undefined, lang: string, elsewhere?: boolean): LocalText | undefined {
  if (text == null) return undefined;
  if (typeof text === 'string') return { text };
  const codes = Object.keys(text);
  const tags = codes.map((code) => languageTag(code) ?? code);
  const wanted = [lang, languageOf(lang), ...(elsewhere ? ['en', tags[0]] : [])];
  const i = wanted.map((tag) => tags.indexOf(tag!)).find((i) => i >= 0);
  return i === undefined ? undefined : { text: text[codes[i]!]!, lang: tags[i] };
}
