// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { closest } from './schema.js';

describe('closest', () => {
  it('suggests the known key a typo is nearest to', () => {
    expect(closest('categoris', ['cookie', 'categories', 'revision'])).toBe('categories');
    expect(closest('Revision', ['cookie', 'categories', 'revision'])).toBe('revision');
  });

  it('suggests nothing when every key is far away', () => {
    expect(closest('colour', ['cookie', 'categories', 'revision'])).toBeUndefined();
  });
});
