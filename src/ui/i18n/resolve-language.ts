/** The 24 official EU languages, plus Arabic and Hebrew. */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu',
  'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ar', 'he',
] as const;

export type Language = (typeof LANGUAGES)[number];

const RTL = new Set<string>(['ar', 'he']);

export const directionOf = (lang: string): 'rtl' | 'ltr' => (RTL.has(lang) ? 'rtl' : 'ltr');

/** `fr-CA` → `fr`; `iw` (the old code for Hebrew) → `he`; unsupported → undefined. */
export function supported(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  let base = code.trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'iw') base = 'he';
  return (LANGUAGES as readonly string[]).includes(base!) ? (base as Language) : undefined;
}

export interface LanguageSources {
  configured?: string;
  /** The language an SPA's own i18next instance is set to. */
  app?: string;
  documentLang?: string | null;
  navigatorLanguages?: readonly string[];
  fallback?: string;
}

/** Config first, then the host app, then `<html lang>`, then the browser's list, then the fallback, then English. */
export function resolveLanguage(s: LanguageSources): Language {
  const candidates = [s.configured, s.app, s.documentLang, ...(s.navigatorLanguages ?? []), s.fallback];
  for (const c of candidates) {
    const lang = supported(c);
    if (lang) return lang;
  }
  return 'en';
}
