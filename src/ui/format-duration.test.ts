import { describe, expect, it, vi } from 'vitest';
import { formatDuration } from './format-duration.js';
import { browserWithout } from './test-intl.js';

const t = (key: string) => (key === 'duration.session' ? 'Sitzung' : key);
const say = (text: string, lang: string) => formatDuration({ text }, lang, t).text;

describe('formatDuration', () => {
  it('writes out one ISO 8601 amount in the language', () => {
    expect(say('P1Y', 'en')).toBe('1 year');
    expect(say('P13M', 'en')).toBe('13 months');
    expect(say('P2W', 'de')).toBe('2 Wochen');
    // French puts a no-break space between the number and the unit.
    expect(say('P30D', 'fr')).toMatch(/^30\s(?<! )jours$/);
    expect(say('PT10M', 'en')).toBe('10 minutes');
    expect(say('PT1H', 'en')).toBe('1 hour');
    expect(say('PT90S', 'en')).toBe('90 seconds');
  });

  it('writes out a duration of several amounts as one list in the language', () => {
    expect(say('P1Y6M', 'en')).toBe('1 year, 6 months');
    expect(say('P1DT12H', 'de')).toBe('1 Tag, 12 Stunden');
    expect(say('PT1H30M', 'fr')).toMatch(/^1\sheure et 30\sminutes$/);
    expect(say('P1Y2M3W4DT5H6M7S', 'en')).toBe('1 year, 2 months, 3 weeks, 4 days, 5 hours, 6 minutes, 7 seconds');
  });

  it('leaves out amounts of zero, unless zero is all there is', () => {
    expect(say('P1Y0M0D', 'en')).toBe('1 year');
    expect(say('P0DT10M', 'en')).toBe('10 minutes');
    expect(say('P0D', 'en')).toBe('0 days');
    expect(say('P0Y0D', 'en')).toBe('0 days');
  });

  it('shows the ISO text as written where the browser cannot write units out', () => {
    const missing = vi.spyOn(Intl, 'ListFormat').mockImplementation(() => {
      throw new TypeError('Intl.ListFormat is not a constructor');
    });
    try {
      expect(say('P1Y6M', 'en')).toBe('P1Y6M');
      expect(say('P1Y', 'en')).toBe('1 year');
    } finally {
      missing.mockRestore();
    }
  });

  it('translates `session` with the locale', () => {
    expect(say('session', 'de')).toBe('Sitzung');
  });

  it('writes a language the browser has no data for in English, marked as English, not in the browser’s own language', () => {
    // Chromium has no Irish or Maltese; asked for a language it lacks, Intl writes the browser's default, here German.
    const german = browserWithout(['ga', 'mt'], 'de');
    try {
      expect(formatDuration({ text: 'P1Y6M' }, 'ga', t)).toEqual({ text: '1 year, 6 months', lang: 'en' });
      expect(formatDuration({ text: 'P2D' }, 'mt', t)).toEqual({ text: '2 days', lang: 'en' });
      expect(formatDuration({ text: 'P2D' }, 'de', t)).toEqual({ text: '2 Tage', lang: 'de' });
      expect(formatDuration({ text: 'session' }, 'ga', t)).toEqual({ text: 'Sitzung' });
    } finally {
      german();
    }
  });

  it('says a duration it wrote out is in the language it wrote, and keeps the language of one it shows as the site wrote it', () => {
    expect(formatDuration({ text: '13 months', lang: 'en' }, 'fr', t)).toEqual({ text: '13 months', lang: 'en' });
    expect(formatDuration({ text: 'P13M', lang: 'en' }, 'de', t)).toEqual({ text: '13 Monate', lang: 'de' });
  });

  it('shows any other text as the site wrote it', () => {
    for (const text of ['1 year', 'P', 'PT', 'P1YT', 'PT1', 'P1M1Y', 'P1Y-6M', 'Session', 'p1y', 'P1.5Y', 'P1Y6M ']) expect(say(text, 'en')).toBe(text);
  });
});
