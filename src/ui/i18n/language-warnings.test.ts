import { describe, expect, it } from 'vitest';
import type { ConsentModel } from '../../core/model.js';
import type { UiConfig } from '../../core/types.js';
import { category } from '../test-host.js';
import { languageWarnings } from './language-warnings.js';

const LIST = 'bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, ar, he';

const warningsFor = (ui: UiConfig, categories: ConsentModel['categories'] = [category('necessary', { required: true })]) =>
  languageWarnings({ ui, categories });

describe('languageWarnings', () => {
  it('says nothing about settings that all take effect', () => {
    expect(warningsFor({ language: 'fr-CA', fallbackLanguage: 'de', translations: { fr: { 'banner.title': 'Biscuits' }, he: {} } })).toEqual([]);
  });

  it('knows the keys of the strings only the dialogs, the policy and embed placeholders show', () => {
    const strings = { 'prefs.intro': 'Pick', 'table.duration': 'Kept for', 'policy.toc': 'On this page', 'embed.load': 'Play', 'duration.session': 'Visit' };
    expect(warningsFor({ translations: { en: strings, fr: strings } })).toEqual([]);
  });

  it('names a translation key Assent has no string for', () => {
    expect(warningsFor({ translations: { en: { 'banner.titel': 'Cookies', 'banner.title': 'Cookies' } } })).toEqual([
      'Assent: unknown translation key "ui.translations.en.banner.titel"; Assent has no such string, so it is never shown.',
    ]);
  });

  it("takes the titles and descriptions of the site's own categories, and the cookies of the presets it uses, as its to add", () => {
    const categories = [
      category('social'),
      category('analytics', { services: [{ id: 'clarity', preset: 'clarity', cookies: [], localStorage: [], sessionStorage: [] }] }),
    ];
    const strings = { 'category.social.title': 'Social media', 'category.social.description': 'Share buttons', 'preset.clarity._clck': 'Counts' };
    expect(warningsFor({ translations: { en: strings } }, categories)).toEqual([]);
    expect(warningsFor({ translations: { en: { 'category.video.title': 'Video', 'preset.sentry.x': 'X' } } }, categories)).toEqual([
      'Assent: unknown translation key "ui.translations.en.category.video.title"; Assent has no such string, so it is never shown.',
      'Assent: unknown translation key "ui.translations.en.preset.sentry.x"; Assent has no such string, so it is never shown.',
    ]);
  });

  it('names a language Assent does not have, and says how a code in another case or form is read', () => {
    expect(warningsFor({ translations: { zz: { 'banner.title': 'Zz' }, FR: { 'banner.title': 'Biscuits' }, pt_br: {}, 'zh-TW': {} } })).toEqual([
      `Assent: ui.translations."zz" is not a language Assent has (${LIST}); its strings are never shown.`,
      'Assent: ui.translations."FR" is read as "fr".',
      'Assent: ui.translations."pt_br" is read as "pt-BR".',
      `Assent: ui.translations."zh-TW" is not a language Assent has (${LIST}); its strings are never shown.`,
    ]);
  });

  it("takes a regional variant of a language Assent has as the site's strings for that region", () => {
    expect(warningsFor({ language: 'pt-BR', translations: { 'pt-BR': { 'banner.title': 'Cookies no site' }, 'es-419': {} } })).toEqual([]);
  });

  it('names a forced or fallback language Assent does not have', () => {
    expect(warningsFor({ language: 'zh', fallbackLanguage: 'tlh' })).toEqual([
      `Assent: ui.language "zh" is not a language Assent has (${LIST}); it is skipped.`,
      `Assent: ui.fallbackLanguage "tlh" is not a language Assent has (${LIST}); it is skipped.`,
    ]);
  });

  it('says that $t() nesting in an override shows as written', () => {
    expect(warningsFor({ translations: { de: { 'banner.text': 'Siehe $t(action.acceptAll)' } } })).toEqual([
      'Assent: "ui.translations.de.banner.text" nests with $t(…), which Assent doesn\'t do; it shows as written.',
    ]);
  });
});
