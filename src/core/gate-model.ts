import { withRecipe } from './preset-recipes.js';
import { resolveMode } from './resolve-mode.js';
import type { AssentConfig, CategoryConfig, ConsentMode, GoogleConsentModeConfig, ServiceConfig, UiConfig } from './types.js';

export interface GateCategory extends Omit<CategoryConfig, 'required' | 'saleOrShare' | 'services'> {
  required: boolean;
  saleOrShare: boolean;
  services: ServiceConfig[];
}

/**
 * What the gate reads on every page view: the config with its defaults applied, the mode for the visitor's region,
 * and each preset's script and hooks. The engine's ConsentModel adds the rest: texts, declared storage, revision,
 * interface settings.
 */
export interface GateModel {
  cookie: { name: string; days: number; domain?: string };
  categories: GateCategory[];
  /** The mode in force for this page view, after regions were applied. */
  mode: ConsentMode;
  googleConsentMode?: GoogleConsentModeConfig;
  /** The interface setting the gate acts on: a floating button, drawn on every view once the visitor has decided. */
  ui: Pick<UiConfig, 'floatingButton'>;
}

/**
 * Applies defaults to a config. It trusts its input: the engine calls it after validation, and the script tag on
 * a config whose fingerprint matches one the engine validated before.
 */
export function gateModel(config: AssentConfig, region?: string): GateModel {
  return {
    cookie: { name: 'assent', days: 365, ...config.cookie },
    categories: config.categories.map((c) => ({
      ...c,
      required: !!c.required,
      saleOrShare: !!c.saleOrShare,
      services: (c.services ?? []).map(withRecipe),
    })),
    // With nothing optional there is nothing to consent to, so nobody is asked, whatever the rules say.
    mode: config.categories.some((c) => !c.required) ? resolveMode(config.mode ?? 'opt-in', config.regions, region ?? config.region) : 'notice',
    googleConsentMode: config.googleConsentMode,
    ui: config.ui ?? {},
  };
}
