import { createConsentStore } from '../core/consent-store.js';
import type { Environment } from '../core/environment.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import type { AssentConfig } from '../core/types.js';
import type { EmbedTarget } from '../core/ui-host.js';
import { validateConfig } from '../core/validate-config.js';
import { createScriptGate } from '../gate/script-gate.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { IntegrationContext } from './integration.js';

/**
 * A real model and consent store around a fake browser, for integration tests; the storage can be handed to the
 * next "page view".
 */
export function fakeContext(config: AssentConfig, overrides: Partial<Environment> = {}, storage = memoryStorage()) {
  const { env, logs } = fakeEnvironment(overrides);
  const result = validateConfig(config);
  if (!result.ok) throw new Error(result.error);
  const { model } = result;
  const store = createConsentStore(model, storage, env);
  const placeholders: EmbedTarget[][] = [];
  // Page changes come from the real script gate's observer, as they do in a running instance.
  const watchers = new Set<() => void>();
  createScriptGate(env, () => false, () => watchers.forEach((fn) => fn()));
  const ctx: IntegrationContext = {
    model,
    env,
    store,
    has: store.has,
    renderPlaceholders: (targets) => void placeholders.push(targets),
    onPageChange: (fn) => {
      watchers.add(fn);
      return () => void watchers.delete(fn);
    },
    later: (fn) => void Promise.resolve().then(fn),
  };
  return { ctx, env, logs, model, store, storage, placeholders };
}
