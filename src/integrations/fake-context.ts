import { createConsentStore } from '../core/consent-store.js';
import type { Environment } from '../core/environment.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { withPreset } from '../core/presets.js';
import type { AssentConfig } from '../core/types.js';
import type { EmbedTarget } from '../core/ui-host.js';
import { validateConfig } from '../core/validate-config.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { IntegrationContext } from './integration.js';

/**
 * A real model and consent store around a fake browser, for integration tests: presets are applied as the
 * model builder applies them, and the storage can be handed to the next "page view".
 */
export function fakeContext(config: AssentConfig, overrides: Partial<Environment> = {}, storage = memoryStorage()) {
  const { env, logs } = fakeEnvironment(overrides);
  const withPresets = {
    ...config,
    categories: config.categories.map((c) => ({ ...c, services: c.services?.map(withPreset) })),
  };
  const result = validateConfig(withPresets);
  if (!result.ok) throw new Error(result.error);
  const { model } = result;
  const store = createConsentStore(model, storage, env);
  const placeholders: EmbedTarget[][] = [];
  const ctx: IntegrationContext = {
    model,
    env,
    store,
    has(key) {
      const [category, service] = key.split('.');
      return store.granted(category!) && (!service || model.categories.some((c) => c.services.some((s) => s.id === service)));
    },
    loadScript: () => Promise.reject(new Error('not used by integrations')),
    renderPlaceholders: (targets) => void placeholders.push(targets),
  };
  return { ctx, env, logs, model, store, storage, placeholders };
}
