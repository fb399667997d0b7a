import i18next, { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator, NAMESPACE } from './create-translator.js';

describe('createTranslator', () => {
  it('translates into the visitor language and falls back to English', async () => {
    const { t, dir } = await createTranslator('fr', undefined);
    expect(t('action.acceptAll')).toBe('Tout accepter');
    expect(t('banner.text', { purposes: 'X' })).toContain('pour : X.');
    expect(dir).toBe('ltr');
  });

  it('lets config override any string for that language', async () => {
    const { t } = await createTranslator('de', { 'banner.title': 'Kekse' });
    expect(t('banner.title')).toBe('Kekse');
    expect(t('action.rejectAll')).toBe('Alle ablehnen');
  });

  it('never touches the global i18next', async () => {
    await i18next.init({ lng: 'en', resources: {} });
    await createTranslator('it', undefined);
    expect(i18next.hasResourceBundle('it', NAMESPACE)).toBe(false);
    expect(i18next.language).toBe('en');
  });

  it('uses an app instance when given, in its own namespace, leaving the app keys alone', async () => {
    const app = createInstance();
    await app.init({ lng: 'es', resources: { es: { translation: { hello: 'hola' } } } });
    const { t } = await createTranslator('es', undefined, app);
    expect(t('action.rejectAll')).toBe('Rechazar todo');
    expect(app.t('hello')).toBe('hola');
    expect(app.hasResourceBundle('es', NAMESPACE)).toBe(true);
  });

  it('reads English, with the config overrides, the way i18next would, without loading i18next', async () => {
    const own = await createTranslator('en', { 'banner.title': '<b>{{x}}</b> & {{x}}' });
    const app = createInstance();
    await app.init({ lng: 'en', resources: {} });
    const viaI18next = await createTranslator('en', { 'banner.title': '<b>{{x}}</b> & {{x}}' }, app);
    for (const [key, vars] of [['banner.title', { x: '&' }], ['banner.text', { purposes: 'analytics' }], ['action.rejectAll', {}], ['no.such.key', {}]] as const) {
      expect(own.t(key, vars)).toBe(viaI18next.t(key, vars));
    }
    expect(own.t('banner.title', { x: '&' })).toBe('<b>&</b> & &');
  });

  it('sets rtl for Arabic and does not interpret HTML in values', async () => {
    const { t, dir } = await createTranslator('ar', { 'banner.title': '<b>{{x}}</b>' });
    expect(dir).toBe('rtl');
    expect(t('banner.title', { x: '&' })).toBe('<b>&</b>');
  });
});
