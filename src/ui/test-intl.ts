import { languageOf } from './i18n/resolve-language.js';

type Locales = string | readonly string[] | undefined;

/**
 * Makes Intl behave as a browser without data for the `missing` languages (Chromium has no Irish or Maltese), whose
 * own language is `own`: Intl skips a locale it lacks, and with none left writes the browser's language. Node has
 * every language, so without this a test could not see which language a formatter falls back to. Returns the undo.
 */
export function browserWithout(missing: string[], own: string): () => void {
  const real = { NumberFormat: Intl.NumberFormat, ListFormat: Intl.ListFormat, DateTimeFormat: Intl.DateTimeFormat };
  const known = (locales: Locales) => [locales ?? []].flat().filter((l) => !missing.includes(languageOf(l)));
  const pick = (locales: Locales) => (known(locales).length ? known(locales) : own);
  Object.assign(Intl, {
    NumberFormat: class extends real.NumberFormat {
      static override supportedLocalesOf = (locales: Locales) => real.NumberFormat.supportedLocalesOf(known(locales));
      constructor(locales?: Locales, options?: Intl.NumberFormatOptions) {
        super(pick(locales), options);
      }
    },
    ListFormat: class extends real.ListFormat {
      static override supportedLocalesOf = (locales: Locales) => real.ListFormat.supportedLocalesOf(known(locales));
      constructor(locales?: Locales, options?: Intl.ListFormatOptions) {
        super(pick(locales), options);
      }
    },
    DateTimeFormat: class extends real.DateTimeFormat {
      static override supportedLocalesOf = (locales: Locales) => real.DateTimeFormat.supportedLocalesOf(known(locales));
      constructor(locales?: Locales, options?: Intl.DateTimeFormatOptions) {
        super(pick(locales), options);
      }
    },
  });
  return () => void Object.assign(Intl, real);
}
