import type { ConsentModel } from '../../core/model.js';
import en from '../locales/en.js';
import later from '../locales/en-later.js';
import { LANGUAGES, languageTag, supported } from './resolve-language.js';

/** Every key Assent has a string for. */
const KEYS = new Set([...Object.keys(en), ...Object.keys(later)]);

/**
 * Language settings that would otherwise do nothing without a word: a mistyped string key, a language Assent
 * doesn't have. Checked by the interface, whose English strings name every key, rather than by the config check: the
 * engine would have to carry every key for it. Keys for the site's own categories, and for the cookies of the
 * presets it uses, are the site's to add.
 */
export function languageWarnings({ ui, categories }: Pick<ConsentModel, 'ui' | 'categories'>): string[] {
  const warnings: string[] = [];
  const notOurs = (what: string, then: string) =>
    warnings.push(`Assent: ${what} is not a language Assent has (${LANGUAGES.join(', ')}); ${then}.`);
  if (ui.language !== undefined && !supported(ui.language)) notOurs(`ui.language "${ui.language}"`, 'it is skipped');
  if (ui.fallbackLanguage !== undefined && !supported(ui.fallbackLanguage)) {
    notOurs(`ui.fallbackLanguage "${ui.fallbackLanguage}"`, 'it is skipped');
  }
  const own = new Set(categories.flatMap((c) => [`category.${c.id}.title`, `category.${c.id}.description`]));
  const presets = categories.flatMap((c) => c.services.flatMap((s) => (s.preset ? [`preset.${s.preset}.`] : [])));
  for (const [code, strings] of Object.entries(ui.translations ?? {})) {
    // A region is no mistake: `pt-BR` holds the strings for Brazilian visitors.
    const tag = languageTag(code);
    if (!tag) notOurs(`ui.translations."${code}"`, 'its strings are never shown');
    else if (tag !== code) warnings.push(`Assent: ui.translations."${code}" is read as "${tag}".`);
    for (const [key, text] of Object.entries(strings)) {
      const path = `ui.translations.${code}.${key}`;
      if (!KEYS.has(key) && !own.has(key) && !presets.some((p) => key.startsWith(p))) {
        warnings.push(`Assent: unknown translation key "${path}"; Assent has no such string, so it is never shown.`);
      }
      if (text.includes('$t(')) warnings.push(`Assent: "${path}" nests with $t(…), which Assent doesn't do; it shows as written.`);
    }
  }
  return warnings;
}
