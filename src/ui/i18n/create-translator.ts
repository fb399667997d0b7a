import type { i18n } from 'i18next';
import en from '../locales/en.js';
import { directionOf, type Language } from './resolve-language.js';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface Translator {
  t: Translate;
  lang: Language;
  dir: 'ltr' | 'rtl';
}

type Strings = Record<string, string>;

/** Assent's strings live in their own namespace, so they never collide with a host app's keys. */
export const NAMESPACE = 'assent';

// Vite turns this into one lazily loaded chunk per language; English is bundled with the UI.
const locales = import.meta.glob<{ default: Strings }>(['../locales/*.ts', '!../locales/en.ts', '!../locales/*.test.ts']);

export async function loadStrings(lang: Language): Promise<Strings> {
  if (lang === 'en') return en;
  const load = locales[`../locales/${lang}.ts`];
  return load ? (await load()).default : en;
}

function isI18n(value: unknown): value is i18n {
  return !!value && typeof (value as i18n).addResourceBundle === 'function' && typeof (value as i18n).getFixedT === 'function';
}

/** `{{name}}` placeholders, filled as i18next fills them with escaping off: the UI renders text, never HTML. */
const fill = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));

/**
 * Builds the translator for one language. English, Assent's own strings with the config's overrides, needs no
 * translation machinery: it is read directly, so the first banner on an English page doesn't wait for i18next.
 * Any other language loads i18next alongside its strings. A host app's i18next instance is used when given (the
 * strings go into their own namespace); otherwise Assent makes a private instance, and never touches a global
 * i18next. Overrides from config win over the bundled strings.
 */
export async function createTranslator(lang: Language, overrides: Strings | undefined, appI18n?: unknown): Promise<Translator> {
  const dir = directionOf(lang);
  if (lang === 'en' && !isI18n(appI18n)) {
    const strings: Strings = { ...en, ...overrides };
    return { t: (key, vars) => fill(strings[key] ?? key, vars), lang, dir };
  }
  const [strings, instance] = await Promise.all([
    loadStrings(lang),
    isI18n(appI18n) ? appI18n : import('i18next').then((m) => m.createInstance()),
  ]);
  if (!isI18n(appI18n)) {
    await instance.init({ lng: lang, fallbackLng: 'en', resources: {}, initAsync: false, keySeparator: false, nsSeparator: false });
  }
  instance.addResourceBundle('en', NAMESPACE, en, true, false);
  instance.addResourceBundle(lang, NAMESPACE, strings, true, true);
  if (overrides) instance.addResourceBundle(lang, NAMESPACE, overrides, true, true);
  const fixed = instance.getFixedT(lang, NAMESPACE);
  const t: Translate = (key, vars) =>
    String(fixed(key, { ...vars, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false }, fallbackLng: 'en' }));
  return { t, lang, dir };
}
