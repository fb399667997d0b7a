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
});
