import { describe, expect, it } from 'vitest';
import { resolveMode } from './resolve-mode.js';

const regions = { 'US-CA': 'opt-out', US: 'notice', EU: 'opt-in', default: 'opt-in' } as const;

describe('resolveMode', () => {
  it('prefers the subdivision, then the country', () => {
    expect(resolveMode('opt-in', regions, 'US-CA')).toBe('opt-out');
    expect(resolveMode('opt-in', regions, 'US-TX')).toBe('notice');
    expect(resolveMode('opt-in', regions, 'US')).toBe('notice');
  });

  it('reads the region without regard to case, or to the spaces a template leaves around it', () => {
    expect(resolveMode('opt-in', regions, 'us-ca')).toBe('opt-out');
    expect(resolveMode('opt-in', regions, ' US-CA ')).toBe('opt-out');
    expect(resolveMode('opt-in', { FR: 'opt-in', default: 'opt-out' }, 'FR\n')).toBe('opt-in');
  });

  it('covers every EU member state with the EU entry, but nothing else', () => {
    const eu = { EU: 'notice', default: 'opt-out' } as const;
    // The 27 member states since 2020, written out here rather than taken from the code under test.
    const members = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
    expect(members).toHaveLength(27);
    for (const m of members) expect(resolveMode('opt-in', eu, m), m).toBe('notice');
    // The rest of the EEA, the UK and Switzerland have GDPR-like rules of their own, but aren't EU members.
    for (const other of ['IS', 'LI', 'NO', 'GB', 'CH']) expect(resolveMode('opt-in', eu, other), other).toBe('opt-out');
    expect(resolveMode('opt-in', eu, 'FR')).toBe('notice');
    expect(resolveMode('opt-in', eu, 'DE-BY')).toBe('notice');
    expect(resolveMode('opt-in', eu, 'GB')).toBe('opt-out');
    expect(resolveMode('opt-in', eu, 'CH')).toBe('opt-out');
  });

  it('falls back to default, then to the site-wide mode', () => {
    expect(resolveMode('notice', { 'US-CA': 'opt-out', default: 'opt-in' }, 'JP')).toBe('opt-in');
    expect(resolveMode('notice', { 'US-CA': 'opt-out' }, 'JP')).toBe('notice');
    expect(resolveMode('notice', { 'US-CA': 'opt-out', default: 'opt-in' })).toBe('opt-in');
    expect(resolveMode('opt-out', undefined, 'US-CA')).toBe('opt-out');
  });
});
