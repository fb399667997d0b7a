// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withRecipe } from './preset-recipes.js';
import { urlOptions } from './preset-options.js';
import { presetIds } from './presets.js';
import type { ServiceConfig } from './types.js';
import { checkConfig } from './validate-config.js';

const warningsFor = (service: Record<string, unknown>) =>
  checkConfig({ categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [service] }] }).warnings;

describe("the check of a preset's options", () => {
  it('knows, for every preset, the one option its script URL needs', () => {
    expect(Object.keys(urlOptions).sort()).toEqual([...presetIds].sort());
    for (const preset of presetIds) {
      const option = urlOptions[preset];
      expect(withRecipe({ id: 's', preset, options: { [option]: 'k1' } }).src, preset).toContain('k1');
      expect(withRecipe({ id: 's', preset }).src, preset).toBeUndefined();
    }
  });

  it('warns, naming the key, the preset and the option, when a preset would load no script', () => {
    expect(warningsFor({ id: 'clarity', preset: 'clarity' })).toEqual([
      'Assent: categories[1].services[0].options: the "clarity" preset loads its script only with "projectId".',
    ]);
    expect(warningsFor({ id: 'sentry', preset: 'sentry', options: { publicKey: '' } })).toEqual([
      'Assent: categories[1].services[0].options: the "sentry" preset loads its script only with "publicKey".',
    ]);
    expect(warningsFor({ id: 'sentry', preset: 'sentry', options: { publicKey: true } })).toHaveLength(1);
  });

  it('warns about an option the preset does not know, with the one it probably meant', () => {
    expect(warningsFor({ id: 'clarity', preset: 'clarity', options: { projectID: 'abc' } })).toEqual([
      'Assent: unknown config key "categories[1].services[0].options.projectID"; did you mean "projectId"?',
      'Assent: categories[1].services[0].options: the "clarity" preset loads its script only with "projectId".',
    ]);
    // Another preset's option is no option of this one.
    expect(warningsFor({ id: 'clarity', preset: 'clarity', options: { projectId: 'abc', publicKey: 'k' } })).toEqual([
      'Assent: unknown config key "categories[1].services[0].options.publicKey".',
    ]);
  });

  it('is quiet about a preset that loads its script, or whose SDK the page bundles and starts itself', () => {
    const quiet: ServiceConfig[] = [
      { id: 'clarity', preset: 'clarity', options: { projectId: 'abc' } },
      { id: 'clarity', preset: 'clarity', options: { projectId: 42 } },
      { id: 'clarity', preset: 'clarity', src: '/vendor/clarity.js' },
      { id: 'clarity', preset: 'clarity', options: { src: '/vendor/clarity.js', queue: false } },
      { id: 'sentry', preset: 'sentry', options: { init: 'initSentry', close: 'Sentry.close' } },
      { id: 'sentry', preset: 'sentry', options: { publicKey: 'k1', consent: ['fn', '{consent}'] } },
      // Without a preset, options are the site's own business.
      { id: 'widget', options: { anything: 1 } },
    ];
    for (const service of quiet) expect(warningsFor({ ...service }), JSON.stringify(service)).toEqual([]);
  });
});
