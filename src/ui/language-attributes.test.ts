import { describe, expect, it } from 'vitest';
import { languageAttributes } from './language-attributes.js';

const fr = { lang: 'fr-CA', dir: 'ltr' } as const;
const ar = { lang: 'ar', dir: 'rtl' } as const;

describe('languageAttributes', () => {
  it('adds nothing to a text in the interface’s language, whatever its region, or to one of no language', () => {
    expect(languageAttributes(fr, 'fr')).toEqual({});
    expect(languageAttributes(fr, 'fr-FR')).toEqual({});
    expect(languageAttributes(fr, undefined)).toEqual({});
  });

  it('names the language of a text in another, and its direction where it runs the other way', () => {
    expect(languageAttributes(fr, 'en')).toEqual({ lang: 'en' });
    expect(languageAttributes(fr, 'he')).toEqual({ lang: 'he', dir: 'rtl' });
    expect(languageAttributes(ar, 'en-GB')).toEqual({ lang: 'en-GB', dir: 'ltr' });
    expect(languageAttributes(ar, 'he')).toEqual({ lang: 'he' });
  });
});
