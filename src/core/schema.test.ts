// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CIRCULAR } from './own-data.js';
import { closest, describe as show } from './schema.js';

describe('closest', () => {
  it('suggests the known key a typo is nearest to', () => {
    expect(closest('categoris', ['cookie', 'categories', 'revision'])).toBe('categories');
    expect(closest('Revision', ['cookie', 'categories', 'revision'])).toBe('revision');
  });

  it('suggests nothing when every key is far away', () => {
    expect(closest('colour', ['cookie', 'categories', 'revision'])).toBeUndefined();
  });
});

describe('how a config error shows the value it got', () => {
  it('names a cycle for what it is, at its key or inside the object that holds it, and a bigint as one', () => {
    expect(show(CIRCULAR)).toBe('a circular reference');
    expect(show({ en: 'Analytics', self: CIRCULAR })).toBe('{"en":"Analytics","self":"[circular]"}');
    expect(show(1n)).toBe('1n');
    expect(show(Symbol('x'))).toBe('Symbol(x)');
    expect(show(undefined)).toBe('nothing');
  });
});
