import type { GateCategory, GateModel } from './gate-model.js';
import type { AssentConfig, LocalizedText, ServiceConfig, UiConfig } from './types.js';

/** A cookie or storage key after validation: `pattern` is set when config gave a `/regex/`. */
export interface StorageEntry {
  name: string;
  pattern?: RegExp;
  provider?: LocalizedText;
  purpose?: LocalizedText;
  duration?: LocalizedText;
}

export interface Service extends Omit<ServiceConfig, 'cookies' | 'localStorage' | 'sessionStorage'> {
  cookies: StorageEntry[];
  localStorage: StorageEntry[];
  sessionStorage: StorageEntry[];
}

export interface Category extends Omit<GateCategory, 'services'> {
  services: Service[];
}

/** The validated configuration, as the engine and the interface read it: the gate's model plus every text. */
export interface ConsentModel extends Omit<GateModel, 'categories'> {
  categories: Category[];
  revision: number;
  region?: string;
  reloadOnRevoke: boolean;
  ui: UiConfig;
  recordUrl?: string;
}

export type { AssentConfig, GateModel };
