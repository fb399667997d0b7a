import type { Translate } from './i18n/create-translator.js';

const DATE_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day' };
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };

/**
 * How long a cookie lasts, in the visitor's language. A config may give the duration as text, which is shown as
 * it is, or as one ISO 8601 amount (`P1Y`, `P30D`, `PT10M`) or `session`, which are written out for the
 * language: "1 year", "1 an", "1 Jahr". The browser's Intl data does the writing, so no locale carries it. Where
 * a browser has no data for a language (Chromium lacks Irish and Maltese), Intl writes English, which both
 * countries also read officially.
 */
export function formatDuration(text: string, lang: string, t: Translate): string {
  if (text === 'session') return t('duration.session');
  const m = /^P(?:(\d+)([YMWD])|T(\d+)([HMS]))$/.exec(text);
  if (!m) return text;
  const unit = m[1] ? DATE_UNITS[m[2]!] : TIME_UNITS[m[4]!];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(m[1] ?? m[3]));
  } catch {
    // A browser without unit formatting still says something true.
    return text;
  }
}
