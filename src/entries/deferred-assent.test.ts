import { describe, expect, it, vi } from 'vitest';
import type { Assent } from './assent-api.js';
import { deferredAssent } from './deferred-assent.js';
import { inertAssent } from './inert-assent.js';

/** An instance whose methods are spies, with one stored choice. */
function fakeInstance() {
  const base = inertAssent({ console: { error() {}, warn() {} } }, 'unused');
  const off = vi.fn();
  const instance: Assent = {
    ...base,
    acceptAll: vi.fn(() => Promise.resolve()),
    get: () => ({ id: 'abcdefgh', revision: 1, timestamp: 1, action: 'accept_all', source: 'api', categories: { a: true } }),
    has: () => true,
    on: vi.fn(() => off),
  };
  return { instance, off };
}

describe('the script tag instance while the engine loads', () => {
  it('reads as undecided and grants nothing until the instance exists, then answers from it', async () => {
    const { instance } = fakeInstance();
    let resolve!: (a: Assent) => void;
    const a = deferredAssent(new Promise((r) => (resolve = r)));
    expect(a.get()).toBeNull();
    expect(a.has('a')).toBe(false);
    resolve(instance);
    await Promise.resolve();
    expect(a.get()?.action).toBe('accept_all');
    expect(a.has('a')).toBe(true);
  });

  it('passes on calls made before the instance exists, and resolves once they are done', async () => {
    const { instance } = fakeInstance();
    let resolve!: (a: Assent) => void;
    const a = deferredAssent(new Promise((r) => (resolve = r)));
    const done = a.acceptAll();
    expect(instance.acceptAll).not.toHaveBeenCalled();
    resolve(instance);
    await done;
    expect(instance.acceptAll).toHaveBeenCalledTimes(1);
  });

  it('lets a listener added early be removed before the instance exists, so it is never attached', async () => {
    const { instance } = fakeInstance();
    let resolve!: (a: Assent) => void;
    const a = deferredAssent(new Promise((r) => (resolve = r)));
    const stop = a.on('change', () => {});
    stop();
    resolve(instance);
    await Promise.resolve();
    await Promise.resolve();
    expect(instance.on).not.toHaveBeenCalled();
  });

  it('attaches an early listener once the instance exists, and removes it through the same function', async () => {
    const { instance, off } = fakeInstance();
    let resolve!: (a: Assent) => void;
    const a = deferredAssent(new Promise((r) => (resolve = r)));
    const stop = a.on('change', () => {});
    resolve(instance);
    await vi.waitFor(() => expect(instance.on).toHaveBeenCalledTimes(1));
    stop();
    expect(off).toHaveBeenCalledTimes(1);
  });
});
