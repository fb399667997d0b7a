import type { Translator } from './i18n/create-translator.js';
import { directionOf, languageOf } from './i18n/resolve-language.js';

/**
 * What a text of the site's written in `lang` needs inside the interface, when the site gave it in no other language
 * than one unlike the interface's: its language (WCAG 3.1.2), so a screen reader doesn't read English with a French
 * voice, and its direction where it runs the other way (English inside Arabic).
 */
export function languageAttributes(ui: Pick<Translator, 'lang' | 'dir'>, lang: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!lang || languageOf(lang) === languageOf(ui.lang)) return {};
  const dir = directionOf(lang);
  return dir === ui.dir ? { lang } : { lang, dir };
}
