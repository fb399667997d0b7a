import { describe, expect, it } from 'vitest';
import { fragmentId } from './fragment-id.js';

describe('fragmentId', () => {
  it('decodes the id a fragment names', () => {
    expect(fragmentId('#cookies')).toBe('cookies');
    expect(fragmentId('#donn%C3%A9es')).toBe('données');
    expect(fragmentId('')).toBe('');
  });

  it('gives a malformed escape back as written instead of throwing', () => {
    expect(fragmentId('#%zz')).toBe('%zz');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});
