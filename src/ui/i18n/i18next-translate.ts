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

/**
 * The length of the list of every English key, both parts, joined as `Object.keys(…).join()` joins it: what a current
 * locale file's keys come to. The build reckons it.
 */
declare const __ASSENT_KEY_LIST_LENGTH__: number;

/** English, under every language: Assent's own strings, and the site's overrides of them. */
export interface English {
  builtIn: Record<string, string>;
  site: Record<string, string>;
}

/**
 * Puts Assent's strings for `lang` into an i18next instance and gives the function that reads them. It is fetched
 * only for a language other than English, with i18next itself: English needs none of it. A `fresh` instance is
 * Assent's own and is set up here; a host app's keeps its settings, and the strings go into Assent's namespace.
 * `file` is the locale file as it came: where it lacks keys, the second function given puts English's later
 * strings beneath the rest of English.
 */
export async function i18nextTranslate(
  instance: i18n,
  fresh: boolean,
  lang: string,
  own: Record<string, string>,
  english: English,
  file: Record<string, string>,
): Promise<[Translate, ((later: Record<string, string>) => void)?]> {
  if (fresh) await instance.init({ lng: lang, fallbackLng: 'en', resources: {}, initAsync: false, keySeparator: false, nsSeparator: false });
  const ns = instance.options.ns;
  const listed = Array.isArray(ns) && ns.includes(NAMESPACE);
  const add = (code: string, strings: Record<string, string>, overwrite: boolean) => {
    instance.addResourceBundle(code, NAMESPACE, strings, true, overwrite);
    // Adding a bundle lists its namespace among the app's own, and an app with a backend would then ask it for
    // Assent's strings at every language change. They come with Assent, so the list is left as it was.
    if (Array.isArray(ns) && !listed && ns.includes(NAMESPACE)) (ns as string[]).splice(ns.indexOf(NAMESPACE), 1);
  };
  // English strings the app already gave Assent's namespace stay; the site's config still wins over them.
  add('en', english.builtIn, false);
  add('en', english.site, true);
  // Under the code the instance looks `lang` up by first: the full tag as a rule, so a switch from `pt-BR` to `pt`
  // on a shared instance leaves no Brazilian string behind, but `de` under an app's `load: 'languageOnly'` and
  // `pt-br` under its `lowerCaseLng`, or the strings would never be found.
  const code = (instance.services.languageUtils?.toResolveHierarchy(lang) as string[] | undefined)?.[0] ?? lang;
  if (lang !== 'en') add(code, own, true);
  const fixed = instance.getFixedT(lang, NAMESPACE);
  // A locale's file is named after its language alone, so a browser or CDN may still hold an earlier release's copy,
  // without the strings added since. Its keys then come to another length (a key renamed to one of the same length
  // escapes; a hash would cost dozens of bytes more), and English's later part is wanted beneath the rest of
  // English, where the app's and the site's English keep the upper hand. A current file never fetches it.
  const current = Object.keys(file).join().length === __ASSENT_KEY_LIST_LENGTH__;
  return [(key, vars) => String(fixed(key, { ...vars, ...OPTIONS })), current ? undefined : (later) => add('en', later, false)];
}
