import { describe, expect, it } from 'vitest';
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

  it('translates `session` with the locale', () => {
    expect(formatDuration('session', 'de', t)).toBe('Sitzung');
  });

  it('shows any other text as the site wrote it', () => {
    for (const text of ['1 year', 'P1Y6M', 'P', 'PT', 'Session', 'p1y', 'P1.5Y']) expect(formatDuration(text, 'en', t)).toBe(text);
  });
});
