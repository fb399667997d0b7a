/** The 24 official EU languages, plus Arabic and Hebrew. */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu',
  'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ar', 'he',
] as const;

export type Language = (typeof LANGUAGES)[number];

const RTL = new Set<string>(['ar', 'he']);

/** The language of a tag, without its region: `pt-BR` → `pt`. */
export const languageOf = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/** `ar-EG` reads right to left like `ar`. */
export const directionOf = (lang: string): 'rtl' | 'ltr' => (RTL.has(languageOf(lang)) ? 'rtl' : 'ltr');

/** `fr-CA` → `fr`; `iw` (the old code for Hebrew) → `he`; unsupported → undefined. */
export function supported(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  let base = languageOf(code.trim());
  if (base === 'iw') base = 'he';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}

/**
 * A code of a language Assent has, as its language and region (`pt_br` → `pt-BR`, `iw-IL` → `he-IL`,
 * `en-US-u-ca-gregory` → `en-US`); unsupported → undefined. The region picks the site's regional texts; the
 * language alone picks Assent's strings.
 */
export function languageTag(code: string | null | undefined): string | undefined {
  const base = supported(code);
  if (!base) return undefined;
  try {
    const region = new Intl.Locale(code!.trim().replace(/_/g, '-')).region;
    return region ? `${base}-${region}` : base;
  } catch {
    // A malformed tag (`fr-`) still names its language; a browser without Intl.Locale reads the language alone.
    return base;
  }
}

export interface LanguageSources {
  configured?: string;
  /** The language an SPA's own i18next instance is set to. */
  app?: string;
  documentLang?: string | null;
  navigatorLanguages?: readonly string[];
  fallback?: string;
}

/**
 * Config first, then the host app, then `<html lang>`, then the browser's list, then the fallback, then English.
 * The first a language Assent has wins, with its region (`pt-BR`).
 */
export function resolveLanguage(s: LanguageSources): string {
  const candidates = [s.configured, s.app, s.documentLang, ...(s.navigatorLanguages ?? []), s.fallback];
  for (const c of candidates) {
    const tag = languageTag(c);
    if (tag) return tag;
  }
  return 'en';
}
