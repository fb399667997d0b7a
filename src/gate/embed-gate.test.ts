import { afterEach, describe, expect, it } from 'vitest';
import { browserEnvironment } from '../core/environment.js';
import type { AssentConfig } from '../core/types.js';
import { fakeContext } from '../integrations/fake-context.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { embedGate } from './embed-gate.js';

const flush = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => void (document.body.innerHTML = ''));

const config: AssentConfig = { categories: [{ id: 'marketing', services: [{ id: 'video' }] }, { id: 'maps' }] };
const frame = (id: string, category = 'marketing') =>
  `<iframe id="${id}" data-assent="${category}" data-src="https://video.example/embed/${id}"></iframe>`;
const src = (id: string) => document.getElementById(id)!.getAttribute('src');

/** Starts the embed gate as a page view does, and lets its first look at the page, which it puts off, run. */
async function start(storage = memoryStorage()) {
  const { window: w, document: d } = browserEnvironment();
  const t = fakeContext(config, { window: w, document: d }, storage);
  const handle = embedGate(t.ctx)!;
  await Promise.resolve();
  return { ...t, handle };
}

describe('the embed gate', () => {
  it('leaves an embed without src and asks the UI for a placeholder while its category is off', async () => {
    document.body.innerHTML = frame('a') + frame('b', 'maps');
    const { placeholders, handle } = await start();
    expect(src('a')).toBeNull();
    expect(src('b')).toBeNull();
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]!.map((t) => [t.element.id, t.category])).toEqual([
      ['a', 'marketing'],
      ['b', 'maps'],
    ]);
    handle.destroy?.();
  });

  it('loads just the one embed whose placeholder says "load this content"', async () => {
    document.body.innerHTML = frame('a') + frame('b');
    const { placeholders, store, handle } = await start();
    placeholders[0]![0]!.loadOnce();
    expect(src('a')).toBe('https://video.example/embed/a');
    expect(src('b')).toBeNull();
    expect(store.get()).toBeNull();
    handle.destroy?.();
  });

  it('loads every embed of a category once it is granted, and no other', async () => {
    document.body.innerHTML = frame('a') + frame('b') + frame('m', 'maps');
    const { store, placeholders, handle } = await start();
    store.decide('custom', 'api', { marketing: true });
    expect([src('a'), src('b'), src('m')]).toEqual([
      'https://video.example/embed/a',
      'https://video.example/embed/b',
      null,
    ]);
    expect(placeholders).toHaveLength(1);
    handle.destroy?.();
  });

  it('loads at once on a page view that starts with the category granted', async () => {
    const storage = memoryStorage();
    const first = await start(storage);
    first.store.decide('accept_all', 'api', { marketing: true, maps: true });
    first.handle.destroy?.();
    document.body.innerHTML = frame('a');
    const { placeholders, handle } = await start(storage);
    expect(src('a')).toBe('https://video.example/embed/a');
    expect(placeholders).toEqual([]);
    handle.destroy?.();
  });

  it("holds embeds added after load, and asks for each one's placeholder once", async () => {
    const { placeholders, store, handle } = await start();
    expect(placeholders).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', `<div>${frame('late')}</div>`);
    await flush();
    expect(placeholders.map((p) => p.map((t) => t.element.id))).toEqual([['late']]);
    document.body.insertAdjacentHTML('beforeend', '<p>more</p>');
    await flush();
    expect(placeholders).toHaveLength(1);
    store.decide('custom', 'api', { marketing: true });
    expect(src('late')).toBe('https://video.example/embed/late');
    handle.destroy?.();
  });

  it('asks again for a placeholder the UI let go of when the embed left the page, once the embed is back', async () => {
    document.body.innerHTML = `<div id="view">${frame('a')}</div>`;
    const { placeholders, handle } = await start();
    const view = document.getElementById('view')!;
    view.remove();
    placeholders[0]![0]!.forget!();
    document.body.append(view);
    await flush();
    expect(placeholders.map((p) => p.map((t) => t.element.id))).toEqual([['a'], ['a']]);
    handle.destroy?.();
  });

  it('holds an embed that names a service for its category, and loads it once that category is granted', async () => {
    document.body.innerHTML = frame('v', 'marketing.video') + frame('x', 'marketing.unknown');
    const { placeholders, store, handle } = await start();
    expect(placeholders[0]!.map((t) => [t.element.id, t.category])).toEqual([
      ['v', 'marketing'],
      ['x', 'marketing'],
    ]);
    store.decide('custom', 'api', { marketing: true });
    // A service the config doesn't list in that category is never consented to.
    expect([src('v'), src('x')]).toEqual(['https://video.example/embed/v', null]);
    handle.destroy?.();
  });

  it('loads only a web address: a granted embed whose data-src would run script stays empty', async () => {
    document.body.innerHTML =
      '<iframe id="js" data-assent="maps" data-src="javascript:parent.ran=1"></iframe>' +
      '<iframe id="data" data-assent="maps" data-src="data:text/html,x"></iframe>' +
      '<iframe id="rel" data-assent="maps" data-src="/embed/map"></iframe>';
    const { store } = await start();
    store.decide('accept_all', 'api', { marketing: true, maps: true });
    expect(src('js')).toBeNull();
    expect(src('data')).toBeNull();
    expect(src('rel')).toBe('/embed/map');
  });

  it('leaves alone iframes it does not gate', async () => {
    document.body.innerHTML = '<iframe id="plain" src="about:blank"></iframe><iframe id="nosrc" data-assent="marketing"></iframe>';
    const { placeholders, store, handle } = await start();
    store.decide('accept_all', 'api', { marketing: true });
    expect(src('plain')).toBe('about:blank');
    expect(src('nosrc')).toBeNull();
    expect(placeholders).toEqual([]);
    handle.destroy?.();
  });

  it('stops watching once destroyed', async () => {
    const { placeholders, handle } = await start();
    handle.destroy?.();
    document.body.innerHTML = frame('a');
    await flush();
    expect(placeholders).toEqual([]);
  });
});
