import { describe, expect, it } from 'vitest';
import { directionOf, languageTag, resolveLanguage, supported } from './resolve-language.js';

describe('resolveLanguage', () => {
  it('prefers the configured language over everything else', () => {
    expect(resolveLanguage({ configured: 'de', app: 'fr', documentLang: 'it', navigatorLanguages: ['es'] })).toBe('de');
  });

  it('then the host app, then <html lang>, then the browser list in order', () => {
    expect(resolveLanguage({ app: 'fr', documentLang: 'it' })).toBe('fr');
    expect(resolveLanguage({ documentLang: 'pt', navigatorLanguages: ['es'] })).toBe('pt');
    expect(resolveLanguage({ documentLang: 'ja', navigatorLanguages: ['zh-CN', 'sv', 'de'] })).toBe('sv');
  });

  it('keeps the region of the language it picks, wherever it comes from', () => {
    expect(resolveLanguage({ configured: 'pt-BR', documentLang: 'pt-PT' })).toBe('pt-BR');
    expect(resolveLanguage({ app: 'fr-CA', documentLang: 'it' })).toBe('fr-CA');
    expect(resolveLanguage({ documentLang: 'pt_br', navigatorLanguages: ['es'] })).toBe('pt-BR');
    expect(resolveLanguage({ documentLang: 'ja', navigatorLanguages: ['zh-CN', 'sv-SE', 'de'] })).toBe('sv-SE');
    expect(resolveLanguage({ fallback: 'es-419' })).toBe('es-419');
  });

  it('skips unsupported languages down to the fallback, then English', () => {
    expect(resolveLanguage({ documentLang: 'ja', navigatorLanguages: ['ko'], fallback: 'nl' })).toBe('nl');
    expect(resolveLanguage({ documentLang: 'ja' })).toBe('en');
  });

  it('reads the old Hebrew code and lays Arabic and Hebrew out right to left', () => {
    expect(resolveLanguage({ documentLang: 'iw' })).toBe('he');
    expect(resolveLanguage({ documentLang: 'iw-IL' })).toBe('he-IL');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});

describe('languageTag', () => {
  it('writes a code as its language and region, leaving out scripts, variants and extensions', () => {
    expect(languageTag('PT-br')).toBe('pt-BR');
    expect(languageTag('en-Latn-US-u-ca-gregory')).toBe('en-US');
    expect(languageTag(' de ')).toBe('de');
  });

  it('names the language alone for a code too broken to read a region from, and nothing for a language Assent lacks', () => {
    expect(languageTag('fr-')).toBe('fr');
    expect(languageTag('zh-TW')).toBeUndefined();
    expect(languageTag('')).toBeUndefined();
  });

  it('agrees with supported() on the language, which picks the strings Assent loads', () => {
    for (const code of ['pt-BR', 'iw-IL', 'fr-CA', 'EN_gb']) expect(supported(languageTag(code))).toBe(supported(code));
  });
});
