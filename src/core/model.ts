import type {
  AssentConfig,
  CategoryConfig,
  ConsentMode,
  GoogleConsentModeConfig,
  LocalizedText,
  ServiceConfig,
  UiConfig,
} from './types.js';

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

export interface Category extends Omit<CategoryConfig, 'services' | 'required' | 'saleOrShare'> {
  required: boolean;
  saleOrShare: boolean;
  services: Service[];
}

/** The validated configuration. Everything after init reads this, never the raw config. */
export interface ConsentModel {
  cookie: { name: string; days: number; domain?: string };
  revision: number;
  categories: Category[];
  /** The mode in force for this page view, after regions were applied. */
  mode: ConsentMode;
  region?: string;
  reloadOnRevoke: boolean;
  googleConsentMode?: GoogleConsentModeConfig;
  ui: UiConfig;
  recordUrl?: string;
}

export type { AssentConfig };
