import type { ConsentStore } from '../core/consent-store.js';
import type { Environment } from '../core/environment.js';
import type { ConsentModel } from '../core/model.js';
import type { EmbedTarget } from '../core/ui-host.js';

/** What an integration may use: it runs once at init, before the gate and the UI. */
export interface IntegrationContext {
  model: ConsentModel;
  env: Environment;
  store: ConsentStore;
  has(key: string): boolean;
  loadScript(src: string, category: string, attrs?: Record<string, string>): Promise<HTMLScriptElement>;
  /** Loads the UI chunk and draws consent placeholders beside these embeds. */
  renderPlaceholders(targets: EmbedTarget[]): void;
  /** Calls `fn` once the document is parsed and whenever elements are added; returns a function to stop. */
  onPageChange(fn: () => void): () => void;
}

export interface IntegrationHandle {
  destroy?(): void;
  /** Lets the UI say "your opt-out preference signal was honoured". */
  gpcHonoured?(): boolean;
}

export type Integration = (ctx: IntegrationContext) => IntegrationHandle | void;
