// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { gateModel } from './gate-model.js';
import { CIRCULAR, ownData } from './own-data.js';
import type { AssentConfig } from './types.js';

const polluted = Object.prototype as Record<string, unknown>;
afterEach(() => {
  for (const key of ['required', 'mode', 'regions']) delete polluted[key];
});

describe('ownData', () => {
  it('copies JSON-like data with the same keys, in the same order, and the same JSON', () => {
    const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics' }], ui: { layout: 'box' }, n: 1, s: 'x', z: null };
    const copy = ownData(config) as typeof config;
    expect(JSON.stringify(copy)).toBe(JSON.stringify(config));
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.getPrototypeOf(copy.categories[0])).toBeNull();
    expect(Array.isArray(copy.categories)).toBe(true);
    config.categories[1]!.id = 'changed';
    expect(copy.categories[1]!.id).toBe('analytics');
  });

  it('puts a marker in place of a reference back to an enclosing object, and copies one object used twice', () => {
    const shared = { id: 'analytics' };
    const config: Record<string, unknown> = { categories: [shared, { id: 'errors', like: shared }] };
    (config.categories as unknown[]).push(config);
    config.self = config;
    const copy = ownData(config) as { self: unknown; categories: unknown[] };
    expect(copy.self).toBe(CIRCULAR);
    expect(copy.categories[2]).toBe(CIRCULAR);
    expect(JSON.stringify(copy.categories.slice(0, 2))).toBe('[{"id":"analytics"},{"id":"errors","like":{"id":"analytics"}}]');
  });

  it('keeps a polluted Object.prototype from making a category required or the rules opt-out', () => {
    const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] } as AssentConfig;
    polluted.required = true;
    polluted.mode = 'opt-out';
    polluted.regions = { default: 'opt-out' };
    // What the page's own objects would say.
    expect(gateModel(config).categories[1]!.required).toBe(true);
    const model = gateModel(ownData(config) as AssentConfig);
    expect(model.categories.map((c) => c.required)).toEqual([true, false]);
    expect(model.mode).toBe('opt-in');
  });
});
