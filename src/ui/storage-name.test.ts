import { describe, expect, it } from 'vitest';
import { storageName } from './storage-name.js';

const entry = (source: string) => ({ name: `/${source}/`, pattern: new RegExp(source) });

describe('storageName', () => {
  it('shows a plain name as it is', () => {
    expect(storageName({ name: '_clck' })).toBe('_clck');
  });

  it('shows a pattern as the names it matches, with * where they vary', () => {
    expect(storageName(entry('^_ga_[A-Z0-9]+$'))).toBe('_ga_*');
    expect(storageName(entry('^_cl'))).toBe('_cl*');
    expect(storageName(entry('^sentry_'))).toBe('sentry_*');
    expect(storageName(entry('^opsiq_\\d{2,}_.*$'))).toBe('opsiq_*_*');
    expect(storageName(entry('^a\\.b\\-c\\w+$'))).toBe('a.b-c*');
    expect(storageName(entry('_hj'))).toBe('*_hj*');
  });

  it('shows a pattern a wildcard cannot describe as written', () => {
    for (const source of ['^(_ga|_gid)$', '^ab+$', '^x|y$', '^_ga(_\\w+)?$', '^a[b]c?$']) {
      expect(storageName(entry(source))).toBe(`/${source}/`);
    }
  });
});
