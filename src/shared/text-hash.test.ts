import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash.js';

describe('textHash', () => {
  it('is stable for the same texts and differs when any text changes', () => {
    expect(textHash(['Title', 'Body'])).toBe(textHash(['Title', 'Body']));
    expect(textHash(['Title', 'Body'])).not.toBe(textHash(['Title', 'Body.']));
    expect(textHash(['ab', 'c'])).not.toBe(textHash(['a', 'bc']));
  });
});
