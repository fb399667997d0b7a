import type { ConsentState } from '../core/consent-state.js';
import type { GateEnvironment } from '../core/environment.js';
import type { GateModel } from '../core/gate-model.js';
import type { EmbedTarget } from '../core/ui-host.js';

/** What an integration may use: it runs once at init, before the script gate and the UI. */
export interface IntegrationContext {
  model: GateModel;
  env: GateEnvironment;
  store: Pick<ConsentState, 'get' | 'granted' | 'subscribe'>;
  has(key: string): boolean;
  /** Loads the UI chunk and draws consent placeholders beside these embeds. */
  renderPlaceholders(targets: EmbedTarget[]): void;
  /** Calls `fn` once the document is parsed and whenever elements are added; returns a function to stop. */
  onPageChange(fn: () => void): () => void;
  /**
   * Runs `fn` once the current task's code has run, unless the instance is destroyed by then: start-up work that
   * reaches the page's tags or a vendor goes through it, so an instance a framework discards at once did none.
   */
  later(fn: () => void): void;
}

export interface IntegrationHandle {
  destroy?(): void;
}

export type Integration = (ctx: IntegrationContext) => IntegrationHandle | void;
