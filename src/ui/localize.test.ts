import { describe, expect, it } from 'vitest';
import { localize } from './localize.js';

describe('localize', () => {
  it('takes one string for every language, with no language of its own', () => {
    expect(localize('Same', 'fr')).toEqual({ text: 'Same' });
    expect(localize('Same', 'fr', true)).toEqual({ text: 'Same' });
    expect(localize(undefined, 'fr', true)).toBeUndefined();
  });

  it("takes the visitor's regional variant, then their language, and nothing in another language unless asked", () => {
    expect(localize({ 'pt-BR': 'br', pt: 'pt' }, 'pt-BR')).toEqual({ text: 'br', lang: 'pt-BR' });
    expect(localize({ 'pt-BR': 'br', pt: 'pt' }, 'pt')).toEqual({ text: 'pt', lang: 'pt' });
    expect(localize({ pt: 'pt', en: 'en' }, 'pt-PT')).toEqual({ text: 'pt', lang: 'pt' });
    // Another region's text is not the visitor's.
    expect(localize({ 'pt-BR': 'br', en: 'en' }, 'pt-PT')).toBeUndefined();
    expect(localize({ de: 'de', en: 'en' }, 'fr')).toBeUndefined();
  });

  it('asked for a text in another language, says which: English first, then the first given', () => {
    expect(localize({ de: 'de', en: 'en' }, 'fr', true)).toEqual({ text: 'en', lang: 'en' });
    expect(localize({ de: 'de' }, 'fr', true)).toEqual({ text: 'de', lang: 'de' });
    expect(localize({ 'pt-BR': 'br' }, 'pt-PT', true)).toEqual({ text: 'br', lang: 'pt-BR' });
  });

  it('reads codes as ui.language does, whatever their case or separator', () => {
    expect(localize({ PT_br: 'br', FR: 'fr' }, 'pt-BR')).toEqual({ text: 'br', lang: 'pt-BR' });
    expect(localize({ EN: 'en' }, 'fr', true)).toEqual({ text: 'en', lang: 'en' });
    expect(localize({ iw: 'he' }, 'he')).toEqual({ text: 'he', lang: 'he' });
  });
});
