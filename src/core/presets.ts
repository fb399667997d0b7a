import type { ServiceConfig } from './types.js';

/** Built-in vendor recipes: data that fills a service's declared cookies, storage keys and script. */
export function withPreset(service: ServiceConfig): ServiceConfig {
  return service;
}
