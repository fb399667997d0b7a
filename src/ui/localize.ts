import type { LocalizedText } from '../core/types.js';
import { languageOf, languageTag } from './i18n/resolve-language.js';

/**
 * Picks the text for a language from config: its regional variant (`pt-BR`), then the language itself (`pt`), then
 * `en`, then any, with codes read as `ui.language` reads them (`PT`, `pt_br`).
 */
export function localize(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text == null || typeof text === 'string') return text;
  const codes = Object.keys(text);
  const tags = codes.map((code) => languageTag(code) ?? code);
  const i = [lang, languageOf(lang), 'en', tags[0]].map((tag) => tags.indexOf(tag!)).find((i) => i >= 0);
  return i === undefined ? undefined : text[codes[i]!];
}
