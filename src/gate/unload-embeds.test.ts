import { afterEach, describe, expect, it } from 'vitest';
import { unloadEmbeds } from './unload-embeds.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('unloadEmbeds', () => {
  it('holds back each loaded embed of a revoked category in place: the same element, without its src', () => {
    document.body.innerHTML = `
      <iframe id="tour" data-assent="marketing" data-src="https://video.example/tour" src="https://video.example/tour" title="Tour"></iframe>
      <iframe id="clip" data-assent="marketing.video" data-src="https://video.example/clip" src="https://video.example/clip"></iframe>`;
    const before = document.getElementById('tour');
    const held = unloadEmbeds(document, ['marketing']);
    const tour = document.getElementById('tour')!;
    // A framework that made the element still holds the node in the page.
    expect(tour).toBe(before);
    expect(held.map((t) => [t.element.id, t.category])).toEqual([
      ['tour', 'marketing'],
      ['clip', 'marketing'],
    ]);
    held[0]!.loadOnce();
    expect(tour.getAttribute('src')).toBe('https://video.example/tour');
    tour.removeAttribute('src');
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
    expect(unloadEmbeds(document, ['marketing'])).toEqual([]);
    expect(Array.from(document.querySelectorAll('iframe'))).toEqual(frames);
    expect(document.getElementById('map')!.getAttribute('src')).toBe('https://maps.example/');
  });
});
