import { describe, expect, it } from 'vitest';
import { createSlugger } from './slug.js';

describe('createSlugger', () => {
  it('makes readable anchors and numbers repeats in order', () => {
    const slug = createSlugger();
    expect(slug('Cookies')).toBe('cookies');
    expect(slug('Your rights (GDPR)!')).toBe('your-rights-gdpr');
    expect(slug('Données personnelles')).toBe('données-personnelles');
    expect(slug('Cookies')).toBe('cookies-1');
    expect(slug('Cookies')).toBe('cookies-2');
    expect(slug('???')).toBe('section');
  });
});
