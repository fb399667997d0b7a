// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { gateModel } from './gate-model.js';
import { ownData } from './own-data.js';
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
