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
    const { t } = await createTranslator('de', { de: { 'banner.title': 'Kekse' } });
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

  it('holds back the English strings only on-demand parts show until asked for, then reads them beneath the overrides', async () => {
    const en = await createTranslator('en', { en: { 'prefs.intro': 'Pick what we may store.' } });
    expect(en.t('prefs.details')).toBe('prefs.details');
    expect(en.text('category.analytics.description')).toBeUndefined();
    // The site's wording for a later string needs nothing more.
    expect(en.t('prefs.intro')).toBe('Pick what we may store.');
    await en.loadLaterStrings();
    expect(en.t('prefs.details')).toBe('Services and cookies');
    expect(en.text('category.analytics.description')).toEqual({ text: 'Measures how the site is used, so we can improve it.', lang: 'en' });
    expect(en.t('prefs.intro')).toBe('Pick what we may store.');
    expect(en.t('banner.title')).toBe('Cookies on this site');
  });

  it("has every English string from the start through an app's i18next, which loads a file anyway", async () => {
    const app = createInstance();
    await app.init({ lng: 'en', resources: {} });
    const en = await createTranslator('en', { en: { 'prefs.intro': 'Pick what we may store.' } }, app);
    expect(en.t('prefs.details')).toBe('Services and cookies');
    expect(en.t('prefs.intro')).toBe('Pick what we may store.');
    expect(en.t('banner.title')).toBe('Cookies on this site');
  });

  it('reads English, with the config overrides, the way i18next would, without loading i18next', async () => {
    const en = {
      'banner.title': '<b>{{x}}</b> & {{x}}',
      'banner.text': 'We use: {{ purposes }}, {{-purposes}}, {{ missing }}, {{none}}.',
      'banner.policy': 'See $t(action.acceptAll)',
    };
    const own = await createTranslator('en', { en });
    const app = createInstance();
    await app.init({ lng: 'en', resources: {} });
    const viaI18next = await createTranslator('en', { en }, app);
    const cases = [
      ['banner.title', { x: '&' }],
      ['banner.text', { purposes: 'analytics', none: null }],
      ['banner.policy', {}],
      ['action.rejectAll', {}],
      ['no.such.key', {}],
    ] as const;
    for (const [key, vars] of cases) expect(own.t(key, vars), key).toBe(viaI18next.t(key, vars));
    expect(own.t('banner.title', { x: '&' })).toBe('<b>&</b> & &');
    expect(own.t('banner.text', { purposes: 'analytics', none: null })).toBe('We use: analytics, analytics, {{ missing }}, .');
  });

  it('fills an override in another language the way it fills one in English, and leaves $t() nesting as written in both', async () => {
    const text = { 'banner.text': 'We use: {{ purposes }}.', 'banner.policy': 'See $t(action.acceptAll)' };
    const en = await createTranslator('en', { en: text });
    const fr = await createTranslator('fr', { fr: text });
    expect(fr.t('banner.text', { purposes: 'X' })).toBe(en.t('banner.text', { purposes: 'X' }));
    expect(fr.t('banner.policy')).toBe(en.t('banner.policy'));
  });

  it("fills Assent's strings whatever interpolation settings the app's own i18next uses", async () => {
    const app = createInstance();
    await app.init({
      lng: 'fr',
      resources: {},
      interpolation: {
        prefix: '{',
        suffix: '}',
        escapeValue: true,
        escape: (value: string) => value.toUpperCase(),
        unescapeSuffix: '+',
        nestingPrefix: '[[',
        nestingSuffix: ']]',
        skipOnVariables: false,
      },
    });
    for (const lang of ['fr', 'en'] as const) {
      const { t } = await createTranslator(lang, undefined, app);
      expect(t('banner.text', { purposes: 'Mesure & pub' }), lang).toMatch(/: Mesure & pub\./);
      expect(t('prefs.vendorPolicy', { name: 'A/B' }), lang).toMatch(/ A\/B$/);
    }
    expect(app.t('greeting', { name: 'Ann', defaultValue: 'Hello {name}' })).toBe('Hello ANN');
  });

  it("falls back to the site's English overrides, so a category of its own is named in every language", async () => {
    const translations = { en: { 'category.social.title': 'Social media', 'banner.title': 'Cookies here' } };
    const app = createInstance();
    await app.init({ lng: 'fr', resources: {} });
    for (const appI18n of [undefined, app]) {
      const { t } = await createTranslator('fr', translations, appI18n);
      expect(t('category.social.title')).toBe('Social media');
      // A string French has stays French: the English override is for English.
      expect(t('banner.title')).toBe('Les cookies sur ce site');
    }
  });

  it('reads the overrides of a language whatever the case or separator of its code, as ui.language does', async () => {
    const { t } = await createTranslator('fr', { FR: { 'banner.title': 'Des biscuits' } });
    expect(t('banner.title')).toBe('Des biscuits');
    const en = await createTranslator('en', { EN: { 'banner.title': 'Biscuits' } });
    expect(en.t('banner.title')).toBe('Biscuits');
    const br = await createTranslator('pt-BR', { pt_br: { 'banner.title': 'Biscoitos' } });
    expect(br.t('banner.title')).toBe('Biscoitos');
  });

  it("puts the site's strings for the visitor's region over those for their language, over Assent's own", async () => {
    const translations = {
      pt: { 'banner.title': 'Cookies neste sítio', 'action.save': 'Guardar' },
      'pt-BR': { 'banner.title': 'Cookies no site' },
      'pt-PT': { 'action.rejectAll': 'Rejeitar' },
    };
    const app = createInstance();
    await app.init({ lng: 'pt-BR', resources: {} });
    for (const appI18n of [undefined, app]) {
      const br = await createTranslator('pt-BR', translations, appI18n);
      expect(br.t('banner.title')).toBe('Cookies no site');
      expect(br.t('action.save')).toBe('Guardar');
      // Another region's strings are not for this visitor: Assent's Portuguese stays.
      expect(br.t('action.rejectAll')).toBe((await createTranslator('pt', undefined)).t('action.rejectAll'));
      expect(br.lang).toBe('pt-BR');
    }
    // A visitor without a region gets the language's strings alone, also after a Brazilian one on the same instance.
    expect((await createTranslator('pt', translations, app)).t('banner.title')).toBe('Cookies neste sítio');
  });

  it("finds its strings through an app's i18next that looks languages up by language alone, or in lower case", async () => {
    for (const options of [{ load: 'languageOnly' as const }, { lowerCaseLng: true }]) {
      const app = createInstance();
      await app.init({ lng: 'de-DE', resources: {}, ...options });
      expect((await createTranslator('de-DE', undefined, app)).t('action.rejectAll'), JSON.stringify(options)).toBe('Alle ablehnen');
      const br = await createTranslator('pt-BR', { 'pt-BR': { 'banner.title': 'Cookies no site' } }, app);
      expect(br.t('banner.title'), JSON.stringify(options)).toBe('Cookies no site');
      expect(br.t('action.save')).toBe((await createTranslator('pt-BR', undefined)).t('action.save'));
    }
  });

  it("leaves the app's list of namespaces as it was, so an app's backend is never asked for Assent's strings", async () => {
    const app = createInstance();
    await app.init({ lng: 'fr', resources: {}, ns: ['common'] });
    const { t } = await createTranslator('fr', undefined, app);
    expect(app.options.ns).toEqual(['common']);
    expect(t('action.acceptAll')).toBe('Tout accepter');
    expect(app.hasResourceBundle('fr', NAMESPACE)).toBe(true);
  });

  it("reads the visitor's regional English, with the site's strings for it, without loading i18next", async () => {
    const gb = await createTranslator('en-GB', { en: { 'banner.title': 'Cookies' }, 'en-GB': { 'action.save': 'Save my choices' } });
    expect(gb.t('banner.title')).toBe('Cookies');
    expect(gb.t('action.save')).toBe('Save my choices');
    expect(gb.t('action.rejectAll')).toBe('Reject all');
    expect(gb).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
  });

  it('says which language each text is in: the visitor’s, or English where only English has one', async () => {
    const translations = { en: { 'category.social.title': 'Social media' }, 'fr-CA': { 'category.video.title': 'Vidéos' } };
    const app = createInstance();
    await app.init({ lng: 'fr', resources: {} });
    for (const appI18n of [undefined, app]) {
      const ca = await createTranslator('fr-CA', translations, appI18n);
      expect(ca.text('action.save')).toEqual({ text: 'Enregistrer mes choix', lang: 'fr-CA' });
      expect(ca.text('category.video.title')).toEqual({ text: 'Vidéos', lang: 'fr-CA' });
      expect(ca.text('category.social.title')).toEqual({ text: 'Social media', lang: 'en' });
      expect(ca.text('category.shop.title')).toBeUndefined();
    }
    const en = await createTranslator('en', translations);
    expect(en.text('category.social.title')).toEqual({ text: 'Social media', lang: 'en' });
    expect(en.text('category.shop.title')).toBeUndefined();
  });

  it('sets rtl for Arabic and does not interpret HTML in values', async () => {
    const { t, dir } = await createTranslator('ar', { ar: { 'banner.title': '<b>{{x}}</b>' } });
    expect(dir).toBe('rtl');
    expect(t('banner.title', { x: '&' })).toBe('<b>&</b>');
  });
});
