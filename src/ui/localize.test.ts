import { describe, expect, it } from 'vitest';
import { localize } from './localize.js';

describe('localize', () => {
  it('takes one string for every language, or the exact, base, English or first entry', () => {
    expect(localize('Same', 'fr')).toBe('Same');
    expect(localize({ 'pt-BR': 'br', pt: 'pt' }, 'pt-BR')).toBe('br');
    expect(localize({ pt: 'pt', en: 'en' }, 'pt-PT')).toBe('pt');
    expect(localize({ de: 'de', en: 'en' }, 'fr')).toBe('en');
    expect(localize({ de: 'de' }, 'fr')).toBe('de');
    expect(localize(undefined, 'fr')).toBeUndefined();
  });

  it("takes the visitor's own region only: another region's text is for its visitors", () => {
    expect(localize({ 'pt-BR': 'br', pt: 'pt' }, 'pt')).toBe('pt');
    expect(localize({ 'pt-BR': 'br', en: 'en' }, 'pt-PT')).toBe('en');
  });

  it('reads codes as ui.language does, whatever their case or separator', () => {
    expect(localize({ PT_br: 'br', FR: 'fr' }, 'pt-BR')).toBe('br');
    expect(localize({ EN: 'en', de: 'de' }, 'fr')).toBe('en');
    expect(localize({ iw: 'he' }, 'he')).toBe('he');
  });
});
