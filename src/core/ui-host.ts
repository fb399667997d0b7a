import type { ConsentState } from './consent-state.js';
import type { Environment } from './environment.js';
import type { ConsentModel } from './model.js';
import type { ConsentAction, ConsentSource, DecisionMeta, EmbedLoad } from './types.js';

/**
 * What the gate hands the UI chunk. The UI imports nothing from the gate but these types: every value comes
 * through here, so the script-tag build and the UI chunk never carry two copies of the same code.
 */
export interface UiHost {
  model: ConsentModel;
  env: Environment;
  store: Pick<ConsentState, 'get' | 'granted' | 'subscribe'>;
  decide(action: ConsentAction, source: ConsentSource, choice: Record<string, boolean>, meta?: DecisionMeta): void;
  withdraw(source: ConsentSource, meta?: DecisionMeta): void;
  /** Sends the proof that the visitor loaded one embed, once ("Load this content"); changes no choice. */
  loadedOnce(embed: EmbedLoad, meta?: DecisionMeta): void;
  /** Whether a Global Privacy Control signal was honoured on this page view (CCPA § 7025). */
  gpcHonoured(): boolean;
  /** An i18next instance the host app passed in through the ESM API; the UI makes its own otherwise. */
  i18n?: unknown;
}

/** A gated embed waiting for consent: the UI draws a placeholder beside it. */
export interface EmbedTarget {
  element: HTMLElement;
  category: string;
  /** Loads just this embed, once, without changing the choice. */
  loadOnce(): void;
  /** Hands the embed to the UI again when it is next seen: its placeholder went with it when it left the page. */
  forget?(): void;
}

export interface UiController {
  showBanner(): void;
  showPreferences(opener?: Element | null): void;
  showPolicy(sectionId?: string, opener?: Element | null): void;
  /** Renders the policy into `[data-assent-policy]` elements not yet rendered. */
  renderInlinePolicies(): void;
  renderPlaceholders(targets: EmbedTarget[]): void;
  destroy(): void;
}

export interface UiModule {
  mountUi(host: UiHost): UiController;
}

export type UiLoader = () => Promise<UiModule>;

/**
 * Everything a page view may need beyond the gate: decisions, cleanup, and the interface. The gate asks for it
 * only when the visitor or the page acts, or to draw a configured floating button, so a return visit otherwise
 * never loads it.
 */
export interface Actions {
  acceptAll(): void;
  rejectAll(): void;
  set(choice: Record<string, boolean>): void;
  /**
   * Withdraws consent and cleans up after every category now off: under opt-in rules the choice is forgotten and the
   * banner asks again; under opt-out rules it is kept as a refusal; in notice mode nothing changes.
   */
  withdraw(): Promise<void>;
  /**
   * Shows the banner if, once the engine knows the choice, the visitor still has to be asked; with a choice and a
   * configured floating button, loads the interface, which draws the button.
   */
  prompt(): Promise<void>;
  showBanner(): Promise<void>;
  // The element that had focus comes first, so the gate can pass every call on the same way.
  showPreferences(opener?: Element | null): Promise<void>;
  showPolicy(opener?: Element | null, sectionId?: string): Promise<void>;
  renderInlinePolicies(): void;
  renderPlaceholders(targets: EmbedTarget[]): void;
  /**
   * Puts in force what storage holds now, if another page (a tab, or this one before the back/forward cache kept
   * it) changed it: what that grants is released, what it revokes is cleaned up, and an undecided visitor is asked.
   */
  sync(): Promise<void>;
  destroy(): void;
}

/**
 * Gives the actions: at once where the engine is bundled, after one fetch where the script tag loads it. `dead`
 * says whether the instance was destroyed meanwhile: a late engine must then do nothing at all. The promise
 * resolves without actions when there will never be any (an invalid config, a destroyed instance) and rejects,
 * once the loader has said why, when the fetch failed and the next request may try again.
 */
export type ActionsLoader = (dead: () => boolean) => Actions | Promise<Actions | undefined>;
