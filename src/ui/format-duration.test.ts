import { describe, expect, it, vi } from 'vitest';
import { formatDuration } from './format-duration.js';

const t = (key: string) => (key === 'duration.session' ? 'Sitzung' : key);

describe('formatDuration', () => {
  it('writes out one ISO 8601 amount in the language', () => {
    expect(formatDuration('P1Y', 'en', t)).toBe('1 year');
    expect(formatDuration('P13M', 'en', t)).toBe('13 months');
    expect(formatDuration('P2W', 'de', t)).toBe('2 Wochen');
    // French puts a no-break space between the number and the unit.
    expect(formatDuration('P30D', 'fr', t)).toMatch(/^30\s(?<! )jours$/);
    expect(formatDuration('PT10M', 'en', t)).toBe('10 minutes');
    expect(formatDuration('PT1H', 'en', t)).toBe('1 hour');
    expect(formatDuration('PT90S', 'en', t)).toBe('90 seconds');
  });

  it('writes out a duration of several amounts as one list in the language', () => {
    expect(formatDuration('P1Y6M', 'en', t)).toBe('1 year, 6 months');
    expect(formatDuration('P1DT12H', 'de', t)).toBe('1 Tag, 12 Stunden');
    expect(formatDuration('PT1H30M', 'fr', t)).toMatch(/^1\sheure et 30\sminutes$/);
    expect(formatDuration('P1Y2M3W4DT5H6M7S', 'en', t)).toBe('1 year, 2 months, 3 weeks, 4 days, 5 hours, 6 minutes, 7 seconds');
  });

  it('leaves out amounts of zero, unless zero is all there is', () => {
    expect(formatDuration('P1Y0M0D', 'en', t)).toBe('1 year');
    expect(formatDuration('P0DT10M', 'en', t)).toBe('10 minutes');
    expect(formatDuration('P0D', 'en', t)).toBe('0 days');
    expect(formatDuration('P0Y0D', 'en', t)).toBe('0 days');
  });

  it('shows the ISO text as written where the browser cannot write units out', () => {
    const missing = vi.spyOn(Intl, 'ListFormat').mockImplementation(() => {
      throw new TypeError('Intl.ListFormat is not a constructor');
    });
    try {
      expect(formatDuration('P1Y6M', 'en', t)).toBe('P1Y6M');
      expect(formatDuration('P1Y', 'en', t)).toBe('1 year');
    } finally {
      missing.mockRestore();
    }
  });

  it('translates `session` with the locale', () => {
    expect(formatDuration('session', 'de', t)).toBe('Sitzung');
  });

  it('shows any other text as the site wrote it', () => {
    for (const text of ['1 year', 'P', 'PT', 'P1YT', 'PT1', 'P1M1Y', 'P1Y-6M', 'Session', 'p1y', 'P1.5Y', 'P1Y6M ']) expect(formatDuration(text, 'en', t)).toBe(text);
  });
});
