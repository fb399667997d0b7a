import { createInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAMESPACE } from './create-translator.js';

/**
 * A locale's file keeps its name from one release to the next, so a browser or CDN may hand the interface the copy
 * of an earlier release, without the strings added since. Each test loads the translator afresh with such a French
 * file, and notes whether the later part of English was asked for.
 */

type Strings = Record<string, string>;

afterEach(() => {
  vi.doUnmock('../locales/fr.js');
  vi.doUnmock('../locales/en-later.js');
});

/** The translator's module, reading a French file that `edit` made from the current one. */
async function withFrench(edit: (fr: Strings) => Strings = (fr) => fr) {
  vi.resetModules();
  const later = { asked: false };
  vi.doMock('../locales/fr.js', async (original) => ({ default: edit((await original<{ default: Strings }>()).default) }));
  vi.doMock('../locales/en-later.js', async (original) => {
    later.asked = true;
    return original();
  });
  const { createTranslator } = await import('./create-translator.js');
  return { createTranslator, later };
}

/** The French file without `keys`, as a release before they were added had it. */
const without =
  (...keys: string[]) =>
  (fr: Strings) =>
    Object.fromEntries(Object.entries(fr).filter(([key]) => !keys.includes(key)));

const appInstance = async (options: Record<string, unknown> = {}) => {
  const app = createInstance();
  await app.init({ lng: 'fr', resources: {}, ...options });
  return app;
};

describe('a French file cached from an earlier release', () => {
  it('has English for the strings of the dialogs it lacks once they are asked for, marked as English, and keeps its French', async () => {
    const stale = without('prefs.details', 'prefs.intro', 'category.analytics.description');
    for (const appI18n of [undefined, await appInstance()]) {
      const { createTranslator, later } = await withFrench(stale);
      const fr = await createTranslator('fr', undefined, appI18n);
      await fr.loadLaterStrings();
      expect(later.asked).toBe(true);
      expect(fr.t('prefs.details')).toBe('Services and cookies');
      expect(fr.t('prefs.intro')).toMatch(/^Choose which optional cookies/);
      expect(fr.text('category.analytics.description')).toEqual({ text: 'Measures how the site is used, so we can improve it.', lang: 'en' });
      expect(fr.t('action.save')).toBe('Enregistrer mes choix');
      expect(fr.text('category.necessary.description')?.lang).toBe('fr');
    }
  });

  it('has English from the first banner for a string of the banner it lacks, without asking for more', async () => {
    const { createTranslator, later } = await withFrench(without('banner.title'));
    const fr = await createTranslator('fr', undefined);
    expect(fr.t('banner.title')).toBe('Cookies on this site');
    expect(fr.t('action.rejectAll')).toBe('Tout refuser');
    await Promise.resolve();
    expect(later.asked).toBe(false);
  });

  it('is told from a current one when a key was renamed, not only when one was added', async () => {
    const renamed = (fr: Strings) => ({ ...without('prefs.details')(fr), 'prefs.detail': fr['prefs.details']! });
    const { createTranslator } = await withFrench(renamed);
    const fr = await createTranslator('fr', undefined);
    await fr.loadLaterStrings();
    expect(fr.t('prefs.details')).toBe('Services and cookies');
  });

  it("puts Assent's English beneath the site's English and the site's French for the strings it lacks", async () => {
    const translations = { en: { 'prefs.intro': 'Pick what we may store.' }, fr: { 'prefs.details': 'Services et traceurs' } };
    for (const appI18n of [undefined, await appInstance()]) {
      const { createTranslator } = await withFrench(without('prefs.details', 'prefs.intro', 'prefs.none'));
      const fr = await createTranslator('fr', translations, appI18n);
      await fr.loadLaterStrings();
      expect(fr.t('prefs.intro')).toBe('Pick what we may store.');
      expect(fr.t('prefs.details')).toBe('Services et traceurs');
      expect(fr.t('prefs.none')).toBe('Nothing is stored on your device for this.');
    }
  });

  it("keeps the English an app gave Assent's namespace, and leaves the app's list of namespaces as it was", async () => {
    const app = await appInstance({ ns: ['common'], resources: { en: { [NAMESPACE]: { 'prefs.none': 'Nothing kept.' } } } });
    const { createTranslator } = await withFrench(without('prefs.none', 'prefs.details'));
    const fr = await createTranslator('fr', undefined, app);
    await fr.loadLaterStrings();
    expect(fr.t('prefs.none')).toBe('Nothing kept.');
    expect(fr.t('prefs.details')).toBe('Services and cookies');
    expect(app.options.ns).toEqual(['common']);
  });
});

describe('a current French file', () => {
  it('never asks for the later part of English, through Assent’s i18next or an app’s', async () => {
    for (const appI18n of [undefined, await appInstance()]) {
      const { createTranslator, later } = await withFrench();
      const fr = await createTranslator('fr', { fr: { 'category.social.title': 'Réseaux sociaux' } }, appI18n);
      await fr.loadLaterStrings();
      expect(later.asked).toBe(false);
      expect(fr.t('prefs.details')).toBe('Services et cookies');
    }
  });
});
