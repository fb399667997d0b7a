import { describe, expect, it } from 'vitest';
import { createTranslator } from './i18n/create-translator.js';
import { siteText } from './site-text.js';

describe('siteText', () => {
  it("puts Assent's text in the visitor's language before the config's in another", async () => {
    const fr = await createTranslator('fr', undefined);
    expect(siteText(fr, { en: 'Analytics' }, 'category.analytics.title')).toEqual({ text: 'Mesure d’audience', lang: 'fr' });
    expect(siteText(fr, { en: 'Stats', fr: 'Statistiques' }, 'category.analytics.title')).toEqual({ text: 'Statistiques', lang: 'fr' });
    // A text written once for every language is the site's choice for every visitor.
    expect(siteText(fr, 'Stats', 'category.analytics.title')).toEqual({ text: 'Stats' });
  });

  it("falls back to the config's text in another language, and says which, where Assent has none", async () => {
    const fr = await createTranslator('fr', undefined);
    expect(siteText(fr, { en: 'Social media', de: 'Soziale Medien' }, 'category.social.title')).toEqual({ text: 'Social media', lang: 'en' });
    expect(siteText(fr, { de: 'Soziale Medien' })).toEqual({ text: 'Soziale Medien', lang: 'de' });
    expect(siteText(fr, undefined, 'category.social.title')).toBeUndefined();
  });

  it("takes the site's English string for a key of its own as English", async () => {
    const fr = await createTranslator('fr', { en: { 'category.social.title': 'Social media' } });
    expect(siteText(fr, undefined, 'category.social.title')).toEqual({ text: 'Social media', lang: 'en' });
  });
});
