import type { Translate } from './i18n/create-translator.js';
import { intlLocale } from './intl-locale.js';
import type { LocalText } from './localize.js';

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/**
 * How long a cookie lasts, in the visitor's language. A config may give the duration as text, which is shown as
 * it is, or as an ISO 8601 duration of whole amounts (`P1Y`, `P1Y6M`, `PT1H30M`) or `session`, which are written out
 * for the language: "1 year, 6 months", "1 an et 6 mois". The browser's Intl data does the writing, so no locale
 * carries it; where a browser has none for the language, the duration is written in English and says so.
 */
export function formatDuration(duration: LocalText, lang: string, t: Translate): LocalText {
  const { text } = duration;
  if (text === 'session') return { text: t('duration.session') };
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  const given = UNITS.flatMap((unit, i) => (m?.[i + 1] ? [{ unit, n: Number(m[i + 1]) }] : []));
  if (!given.length) return duration;
  // "0 days" in `P1Y0D` says nothing; `P0D` alone still says zero.
  const parts = given.filter((p) => p.n);
  const locale = intlLocale(lang);
  try {
    const amounts = (parts.length ? parts : given.slice(-1)).map(({ unit, n }) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n),
    );
    return { text: amounts.length > 1 ? new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(amounts) : amounts[0]!, lang: locale };
  } catch {
    // A browser without unit or list formatting still says something true.
    return duration;
  }
}
