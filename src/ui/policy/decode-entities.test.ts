import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities.js';

describe('decodeEntities', () => {
  it('turns character references into characters and leaves unknown ones as written', () => {
    expect(decodeEntities('a &amp; b &lt;i&gt; &#169; &#x2014; &bogus;')).toBe('a & b <i> © — &bogus;');
  });
});
