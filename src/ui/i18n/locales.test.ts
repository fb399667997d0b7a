import { describe, expect, it } from 'vitest';
import en from '../locales/en.js';
import { loadStrings } from './create-translator.js';
import { LANGUAGES } from './resolve-language.js';

const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();

describe('locales', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, translated, with the same placeholders', async (lang) => {
    const strings = await loadStrings(lang);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders(strings[key]!), `${lang} ${key}`).toEqual(placeholders(value));
    }
    expect(strings['action.rejectAll']).not.toBe(en['action.rejectAll']);
  });

  it('offers to always allow a category in Hungarian as something the visitor does, not as a state', async () => {
    const hu = await loadStrings('hu');
    expect(hu['embed.always']).toBe('Mindig engedélyezem: {{category}}');
  });
});
