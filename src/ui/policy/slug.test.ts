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

  it('never hands out an anchor twice, even when a heading reads like a numbered repeat', () => {
    const slug = createSlugger();
    expect(['Cookies', 'Cookies 1', 'Cookies', 'Cookies'].map(slug)).toEqual(['cookies', 'cookies-1', 'cookies-2', 'cookies-3']);
    const other = createSlugger();
    expect(['A', 'A', 'A 1', 'A 2'].map(other)).toEqual(['a', 'a-1', 'a-1-1', 'a-2']);
  });
});
