import { describe, expect, it } from 'vitest';
import { directionOf, resolveLanguage } from './resolve-language.js';

describe('resolveLanguage', () => {
  it('prefers the configured language over everything else', () => {
    expect(resolveLanguage({ configured: 'de', app: 'fr', documentLang: 'it', navigatorLanguages: ['es'] })).toBe('de');
  });

  it('then the host app, then <html lang>, then the browser list in order', () => {
    expect(resolveLanguage({ app: 'fr-CA', documentLang: 'it' })).toBe('fr');
    expect(resolveLanguage({ documentLang: 'pt-BR', navigatorLanguages: ['es'] })).toBe('pt');
    expect(resolveLanguage({ documentLang: 'ja', navigatorLanguages: ['zh-CN', 'sv-SE', 'de'] })).toBe('sv');
  });

  it('skips unsupported languages down to the fallback, then English', () => {
    expect(resolveLanguage({ documentLang: 'ja', navigatorLanguages: ['ko'], fallback: 'nl' })).toBe('nl');
    expect(resolveLanguage({ documentLang: 'ja' })).toBe('en');
  });

  it('reads the old Hebrew code and lays Arabic and Hebrew out right to left', () => {
    expect(resolveLanguage({ documentLang: 'iw' })).toBe('he');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});
