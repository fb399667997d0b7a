// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from './lazy-chunk.js';

describe('lazyChunk', () => {
  it('loads once and shares the result', async () => {
    const load = vi.fn(async () => 'chunk');
    const get = lazyChunk(load);
    expect(await Promise.all([get(), get()])).toEqual(['chunk', 'chunk']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('chunk');
    const get = lazyChunk(load as () => Promise<string>);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).resolves.toBe('chunk');
  });

  it('turns a loader that throws into a rejection, never a throw at the caller, and tries again after it', async () => {
    const load = vi
      .fn()
      .mockImplementationOnce(() => {
        throw new TypeError('Promise.all is not a function');
      })
      .mockResolvedValueOnce('chunk');
    const get = lazyChunk(load as () => Promise<string>);
    let pending: Promise<string> | undefined;
    expect(() => (pending = get())).not.toThrow();
    await expect(pending).rejects.toThrow('Promise.all is not a function');
    await expect(get()).resolves.toBe('chunk');
  });
});
