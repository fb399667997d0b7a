import type { i18n } from 'i18next';
import type { LocalText } from '../localize.js';
import { lazyChunk } from '../lazy-chunk.js';
import en from '../locales/en.js';
import { directionOf, languageTag, supported, type Language } from './resolve-language.js';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface Translator {
  t: Translate;
  /**
   * One of Assent's texts, or the site's under its key, with the language it is written in: the site's own string
   * for one of its categories may exist in English alone. Undefined where neither has one.
   */
  text(key: string): LocalText | undefined;
  /** The visitor's language, with the region when one was given (`pt-BR`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /**
   * Resolves once every string can be read. English keeps the strings that only on-demand parts show (the dialogs,
   * the policy, embed placeholders) out of the banner's file, so whatever draws one of those parts waits for this
   * first. Other languages have all their strings from the start, but for a locale file cached from an earlier
   * release: English's later part then stands in for the strings it lacks.
   */
  loadLaterStrings(): Promise<void>;
}

type Strings = Record<string, string>;

/** `ui.translations`: the site's overrides, keyed by language. */
export type Translations = Record<string, Strings>;

/** Assent's strings live in their own namespace, so they never collide with a host app's keys. */
export const NAMESPACE = 'assent';

// Vite turns this into one lazily loaded chunk per language; English is bundled with the UI, but for its later part.
const locales = import.meta.glob<{ default: Strings }>(['../locales/*.ts', '!../locales/en.ts', '!../locales/en-later.ts', '!../locales/*.test.ts']);

const loadEnglishLater = () => import('../locales/en-later.js').then((m) => m.default);

/** Every one of Assent's strings in a language. */
export async function loadStrings(lang: Language): Promise<Strings> {
  if (lang === 'en') return { ...en, ...(await loadEnglishLater()) };
  const load = locales[`../locales/${lang}.ts`];
  return load ? (await load()).default : en;
}

function isI18n(value: unknown): value is i18n {
  return !!value && typeof (value as i18n).addResourceBundle === 'function' && typeof (value as i18n).getFixedT === 'function';
}

/**
 * `{{name}}` placeholders, filled as i18next fills them with escaping off (the UI renders text, never HTML): spaces
 * inside the braces don't count, and a variable nobody passed is left as written.
 */
const fill = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/\{\{-?(.+?)\}\}/g, (match, name: string) => {
    const value = vars[(name = name.trim())];
    return value != null ? String(value) : name in vars ? '' : match;
  });

/**
 * The site's overrides for a language: those for the language itself (`pt`, `PT`), then those for the region given
 * (`pt-BR`, `pt_br`), which win. Another region's (`pt-PT`) are not for this visitor.
 */
const overridesFor = (translations: Translations | undefined, lang: string): Strings =>
  Object.assign(
    {},
    ...[...new Set([supported(lang), lang])].flatMap((tag) =>
      Object.entries(translations ?? {}).flatMap(([code, s]) => (languageTag(code) === tag ? [s] : [])),
    ),
  );

/**
 * Builds the translator for one language tag (`fr`, `pt-BR`) from `ui.translations`. English, Assent's own strings
 * with the config's overrides, needs no translation machinery: it is read directly, so the first banner on an
 * English page doesn't wait for i18next. Any other language loads i18next alongside its strings. A host app's
 * i18next instance is used when given (the strings go into their own namespace); otherwise Assent makes a private
 * instance, and never touches a global i18next. Assent's strings are per language; the site's overrides for it,
 * then for the visitor's region, win over them. English with its overrides is the fallback: a string only the
 * site has, such as its own category's title, is often given in English alone.
 */
export async function createTranslator(lang: string, translations: Translations | undefined, appI18n?: unknown): Promise<Translator> {
  const base = supported(lang) ?? 'en';
  const dir = directionOf(base);
  let own: Strings;
  let t: Translate;
  /** How English's later strings join this translator's; none where it has every string already. */
  let addLater: ((later: Strings) => void) | undefined;
  if (base === 'en' && !isI18n(appI18n)) {
    own = { ...en, ...overridesFor(translations, lang) };
    t = (key, vars) => fill(own[key] ?? key, vars);
    // Beneath the site's overrides, which already hold any it gave for these keys. Kept by this translator, so each
    // interface on a page loads its own; the browser fetches the file once.
    addLater = (later) => void (own = { ...later, ...own });
  } else {
    // Three files at once: the locale (both parts of English, for an app's i18next in English), i18next (unless
    // the app has its own) and the code that sets it up.
    const [strings, instance, setUp] = await Promise.all([
      loadStrings(base),
      isI18n(appI18n) ? appI18n : import('i18next').then((m) => m.createInstance()),
      import('./i18next-translate.js'),
    ]);
    own = { ...strings, ...overridesFor(translations, lang) };
    // Another language's file has every key (the locale tests check it), so its English fallback needs only what
    // the banner's file carries anyway, unless the file is an earlier release's: the set-up tells from `strings`.
    const english = { builtIn: base === 'en' ? strings : en, site: overridesFor(translations, 'en') };
    [t, addLater] = await setUp.i18nextTranslate(instance, !isI18n(appI18n), lang, own, english, strings);
  }
  const text = (key: string): LocalText | undefined => {
    const s = t(key);
    // A translator gives back a key it lacks; one the visitor's language lacks comes from English.
    return s === key ? undefined : { text: s, lang: own[key] != null ? lang : 'en' };
  };
  // Fetched only where something takes them (`?.` skips the argument too): a current locale file in another
  // language has them all.
  return { t, text, lang, dir, loadLaterStrings: lazyChunk(async () => addLater?.(await loadEnglishLater())) };
}
