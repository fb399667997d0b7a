/**
 * The locale Intl writes the interface's language in: the language itself, or English where the browser has no data
 * for it (Chromium has none for Irish or Maltese). Given the language alone, Intl would write the browser's own
 * language instead, German amid an Irish interface. English is read officially in both countries; a text written in
 * this locale is marked with it, so it says when it is English.
 */
export const intlLocale = (lang: string) => Intl.DateTimeFormat.supportedLocalesOf(lang)[0] ?? 'en';
