import type { i18n } from 'i18next';
import { NAMESPACE, type Translate } from './create-translator.js';

/**
 * How every string is looked up and filled, set on each call so a host app's i18next settings (other placeholder
 * braces, escaping, nesting) never reach Assent's strings. Nesting is off, as English has none, so an override
 * reads the same in every language.
 */
const OPTIONS = {
  keySeparator: false,
  nsSeparator: false,
  fallbackLng: 'en',
  nest: false,
  interpolation: { prefix: '{{', suffix: '}}', unescapePrefix: '-', unescapeSuffix: '', escapeValue: false, skipOnVariables: true },
} as const;

/** English, under every language: Assent's own strings, and the site's overrides of them. */
export interface English {
  builtIn: Record<string, string>;
  site: Record<string, string>;
}

/**
 * Puts Assent's strings for `lang` into an i18next instance and gives the function that reads them. It is fetched
 * only for a language other than English, with i18next itself: English needs none of it. A `fresh` instance is
 * Assent's own and is set up here; a host app's keeps its settings, and the strings go into Assent's namespace.
 */
export async function i18nextTranslate(instance: i18n, fresh: boolean, lang: string, own: Record<string, string>, english: English): Promise<Translate> {
  if (fresh) await instance.init({ lng: lang, fallbackLng: 'en', resources: {}, initAsync: false, keySeparator: false, nsSeparator: false });
  // English strings the app already gave Assent's namespace stay; the site's config still wins over them.
  instance.addResourceBundle('en', NAMESPACE, english.builtIn, true, false);
  instance.addResourceBundle('en', NAMESPACE, english.site, true, true);
  // Under the full tag, so a switch from `pt-BR` to `pt` on a shared instance leaves no Brazilian string behind.
  if (lang !== 'en') instance.addResourceBundle(lang, NAMESPACE, own, true, true);
  const fixed = instance.getFixedT(lang, NAMESPACE);
  return (key, vars) => String(fixed(key, { ...vars, ...OPTIONS }));
}
