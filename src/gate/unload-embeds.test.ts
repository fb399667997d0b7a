import { afterEach, describe, expect, it } from 'vitest';
import { unloadEmbeds } from './unload-embeds.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('unloadEmbeds', () => {
  it('replaces each loaded embed of a revoked category with a held-back copy, keeping its other attributes', () => {
    document.body.innerHTML = `
      <iframe id="tour" data-assent="marketing" data-src="https://video.example/tour" src="https://video.example/tour" title="Tour"></iframe>
      <iframe id="clip" data-assent="marketing.video" data-src="https://video.example/clip" src="https://video.example/clip"></iframe>`;
    const before = document.getElementById('tour');
    unloadEmbeds(document, ['marketing']);
    const tour = document.getElementById('tour')!;
    expect(tour).not.toBe(before);
    expect(tour.hasAttribute('src')).toBe(false);
    expect(tour.getAttribute('data-src')).toBe('https://video.example/tour');
    expect(tour.getAttribute('title')).toBe('Tour');
    expect(document.getElementById('clip')!.hasAttribute('src')).toBe(false);
  });

  it('leaves embeds of other categories, ungated frames and embeds still waiting alone', () => {
    document.body.innerHTML = `
      <iframe id="map" data-assent="preferences" data-src="https://maps.example/" src="https://maps.example/"></iframe>
      <iframe id="plain" src="https://docs.example/"></iframe>
      <iframe id="waiting" data-assent="marketing" data-src="https://video.example/x"></iframe>`;
    const frames = Array.from(document.querySelectorAll('iframe'));
    unloadEmbeds(document, ['marketing']);
    expect(Array.from(document.querySelectorAll('iframe'))).toEqual(frames);
    expect(document.getElementById('map')!.getAttribute('src')).toBe('https://maps.example/');
  });
});
