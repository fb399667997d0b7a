import type { LocalizedText } from '../core/types.js';
import type { Translator } from './i18n/create-translator.js';
import { localize, type LocalText } from './localize.js';

/**
 * A text the config may give, for the visitor: the config's own in their language, then Assent's text under `key`
 * in that language (a well-known category's title, a preset cookie's purpose), then the config's in another
 * language. A French visitor reads Assent's French "Mesure d’audience" rather than the site's English "Analytics".
 */
export function siteText(ui: Pick<Translator, 'lang' | 'text'>, text: LocalizedText | undefined, key?: string): LocalText | undefined {
  return localize(text, ui.lang) ?? (key ? ui.text(key) : undefined) ?? localize(text, ui.lang, true);
}
