import type { LocalizedText } from '../core/types.js';

/** Picks the text for a language from config: exact code, then base language, then `en`, then any. */
export function localize(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text == null || typeof text === 'string') return text;
  const base = lang.split('-')[0]!;
  return text[lang] ?? text[base] ?? text.en ?? Object.values(text)[0];
}
