import type { Translate } from './i18n/create-translator.js';

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/**
 * How long a cookie lasts, in the visitor's language. A config may give the duration as text, which is shown as
 * it is, or as an ISO 8601 duration of whole amounts (`P1Y`, `P1Y6M`, `PT1H30M`) or `session`, which are written out
 * for the language: "1 year, 6 months", "1 an et 6 mois". The browser's Intl data does the writing, so no locale
 * carries it. Where a browser has no data for a language (Chromium lacks Irish and Maltese), Intl writes English,
 * which both countries also read officially.
 */
export function formatDuration(text: string, lang: string, t: Translate): string {
  if (text === 'session') return t('duration.session');
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  const given = UNITS.flatMap((unit, i) => (m?.[i + 1] ? [{ unit, n: Number(m[i + 1]) }] : []));
  if (!given.length) return text;
  // "0 days" in `P1Y0D` says nothing; `P0D` alone still says zero.
  const parts = given.filter((p) => p.n);
  try {
    const amounts = (parts.length ? parts : given.slice(-1)).map(({ unit, n }) =>
      new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n),
    );
    return amounts.length > 1 ? new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(amounts) : amounts[0]!;
  } catch {
    // A browser without unit or list formatting still says something true.
    return text;
  }
}
