import { describe, expect, it } from 'vitest';
import { resolveMode } from './resolve-mode.js';

const regions = { 'US-CA': 'opt-out', US: 'notice', EU: 'opt-in', default: 'opt-in' } as const;

describe('resolveMode', () => {
  it('prefers the subdivision, then the country', () => {
    expect(resolveMode('opt-in', regions, 'US-CA')).toBe('opt-out');
    expect(resolveMode('opt-in', regions, 'US-TX')).toBe('notice');
    expect(resolveMode('opt-in', regions, 'US')).toBe('notice');
  });

  it('reads the region without regard to case', () => {
    expect(resolveMode('opt-in', regions, 'us-ca')).toBe('opt-out');
  });

  it('covers every EU member state with the EU entry, but nothing else', () => {
    const eu = { EU: 'notice', default: 'opt-out' } as const;
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
