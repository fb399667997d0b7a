import { describe, expect, it } from 'vitest';
import en from '../locales/en.js';
import later from '../locales/en-later.js';
import { loadStrings } from './create-translator.js';
import { LANGUAGES } from './resolve-language.js';

const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
/** English as a visitor ends up reading it: the first banner's strings and the later ones. */
const english = { ...en, ...later };

describe('locales', () => {
  it('splits English in two parts that share no key, so neither hides a string of the other', () => {
    expect(Object.keys(en).filter((key) => key in later)).toEqual([]);
    expect(Object.keys(en).length).toBeGreaterThan(0);
    expect(Object.keys(later).length).toBeGreaterThan(0);
  });

  it('gives both parts of English where all its strings are asked for', async () => {
    expect(await loadStrings('en')).toEqual(english);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, translated, with the same placeholders', async (lang) => {
    const strings = await loadStrings(lang);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) {
      expect(placeholders(strings[key]!), `${lang} ${key}`).toEqual(placeholders(value));
    }
    expect(strings['action.rejectAll']).not.toBe(en['action.rejectAll']);
  });

  /** Opt-out rules may apply in any US state or elsewhere, so the banner under them must not name one state's law. */
  const namesAState = /calif[oó]rn|kalifor|καλιφόρν|كاليفورنيا|קליפורניה|Калифорн/i;

  it.each(LANGUAGES)('%s words the opt-out banner without naming a particular state, keeping its purposes', async (lang) => {
    const text = (await loadStrings(lang))['banner.optOutText']!;
    expect(text).toContain('{{purposes}}');
    expect(text).not.toMatch(namesAState);
  });

  it('offers to always allow a category in Hungarian as something the visitor does, not as a state', async () => {
    const hu = await loadStrings('hu');
    expect(hu['embed.always']).toBe('Mindig engedélyezem: {{category}}');
  });
});
