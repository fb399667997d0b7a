import { describe, expect, it } from 'vitest';
import type { StateChange } from '../core/consent-state.js';
import type { AssentConfig, ConsentMode } from '../core/types.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { fakeContext } from './fake-context.js';
import { applyGpc } from './global-privacy-control.js';

const config = (mode: ConsentMode): AssentConfig => ({
  mode,
  categories: [
    { id: 'necessary', required: true },
    { id: 'analytics' },
    { id: 'marketing', saleOrShare: true },
    { id: 'ads', saleOrShare: true },
  ],
});

const withGpc = (value: unknown) => ({ navigator: { globalPrivacyControl: value } as unknown as Navigator });

function visit(mode: ConsentMode, nav: ReturnType<typeof withGpc> | object, storage = memoryStorage()) {
  const t = fakeContext(config(mode), nav, storage);
  const changes: StateChange[] = [];
  t.store.subscribe((d) => changes.push(d));
  const honoured = applyGpc(t.model, t.store, t.env.navigator);
  return { ...t, changes, handle: { gpcHonoured: () => honoured } };
}

describe('Global Privacy Control', () => {
  it('opts out of every sale-or-share category under opt-out rules, without asking, and says so', () => {
    const { store, changes, handle } = visit('opt-out', withGpc(true));
    expect(changes).toHaveLength(1);
    expect(store.get()).toMatchObject({
      action: 'gpc',
      source: 'gpc',
      categories: { necessary: true, analytics: true, marketing: false, ads: false },
    });
    expect(handle.gpcHonoured?.()).toBe(true);
  });

  it('keeps the other categories as the visitor left them', () => {
    const storage = memoryStorage();
    visit('opt-out', {}, storage).store.decide('custom', 'preferences', { analytics: false, marketing: true, ads: true });
    const { store } = visit('opt-out', withGpc(true), storage);
    expect(store.get()).toMatchObject({ source: 'gpc', categories: { analytics: false, marketing: false, ads: false } });
  });

  it('records nothing new when the stored choice already opts out', () => {
    const storage = memoryStorage();
    visit('opt-out', withGpc(true), storage);
    const second = visit('opt-out', withGpc(true), storage);
    expect(second.changes).toEqual([]);
    expect(second.handle.gpcHonoured?.()).toBe(true);
  });

  it('keeps the opt-out on a later visit without the signal', () => {
    const storage = memoryStorage();
    visit('opt-out', withGpc(true), storage);
    const later = visit('opt-out', withGpc(false), storage);
    expect(later.changes).toEqual([]);
    expect(later.store.get()).toMatchObject({ source: 'gpc', categories: { marketing: false, ads: false } });
    expect(later.store.granted('marketing')).toBe(false);
    expect(later.handle.gpcHonoured?.()).toBe(false);
  });

  it('keeps the opt-out on a later visit without the signal after the policy revision changed, until the visitor decides', () => {
    const storage = memoryStorage();
    visit('opt-out', withGpc(true), storage);
    const later = fakeContext({ ...config('opt-out'), revision: 2 }, withGpc(false), storage);
    expect(later.store.get()).toBeNull();
    expect(later.store.granted('marketing')).toBe(false);
    expect(later.store.granted('ads')).toBe(false);
    expect(later.store.granted('analytics')).toBe(true);
  });

  it('changes nothing under opt-in rules', () => {
    const { store, changes, handle } = visit('opt-in', withGpc(true));
    expect(changes).toEqual([]);
    expect(store.get()).toBeNull();
    expect(store.granted('marketing')).toBe(false);
    expect(handle.gpcHonoured?.()).toBe(false);
  });

  it('does nothing without the signal, or when it is anything but true', () => {
    for (const nav of [{}, withGpc(undefined), withGpc('1')]) {
      const { changes, store } = visit('opt-out', nav);
      expect(changes).toEqual([]);
      expect(store.granted('marketing')).toBe(true);
    }
  });

  it('treats a signal that throws when read as present', () => {
    const navigator = {} as Navigator;
    Object.defineProperty(navigator, 'globalPrivacyControl', {
      get() {
        throw new Error('blocked');
      },
    });
    const { store, handle } = visit('opt-out', { navigator });
    expect(store.get()?.source).toBe('gpc');
    expect(handle.gpcHonoured?.()).toBe(true);
  });
});
