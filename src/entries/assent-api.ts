import type { ConsentStorage } from '../storage/consent-storage.js';
import type { Environment } from '../core/environment.js';
import type { UiLoader } from '../core/ui-host.js';
import type { ChangeDetail, ConsentRecord } from '../core/types.js';

/** The public API of one Assent instance; `window.Assent` exposes the same methods. */
export interface Assent {
  /**
   * Grants every category. Decisions take effect at once when the engine is loaded (always, in the npm build);
   * on a script-tag page that started from a stored choice, the engine is fetched first, so wait for the promise.
   */
  acceptAll(): Promise<void>;
  /** Denies every category that isn't strictly necessary. */
  rejectAll(): Promise<void>;
  /**
   * A custom choice; categories left out keep their current value, which while undecided is the mode's default:
   * granted under opt-out rules, denied otherwise.
   */
  set(choice: Record<string, boolean>): Promise<void>;
  /**
   * Withdraws consent and cleans up after every category now off. Under opt-in rules the choice is forgotten and the
   * banner asks again; under opt-out rules, where no choice would run everything, it is kept as a refusal of every
   * optional category. In notice mode nothing is stored, so it changes nothing.
   */
  withdraw(): Promise<void>;
  /** The stored decision, or null while undecided. */
  get(): ConsentRecord | null;
  /** `has('analytics')` for a category, `has('analytics.clarity')` for one of its services. */
  has(key: string): boolean;
  on(event: 'change', fn: (detail: ChangeDetail) => void): () => void;
  /** Runs `fn` once the category (or `category.service`) is granted: at once if it already is. */
  onConsent(key: string, fn: () => void): () => void;
  /** Injects a script when, and only if, the category is granted; resolves once it has loaded. */
  loadScript(src: string, category: string, attrs?: Record<string, string>): Promise<HTMLScriptElement>;
  showBanner(): Promise<void>;
  showPreferences(): Promise<void>;
  showPolicy(sectionId?: string): Promise<void>;
  /** Stops observing the page and removes the UI. */
  destroy(): void;
}

/**
 * The names in a list written as one space-separated string (fewer bytes than an array), as a union, so the compiler
 * can check the list against the interface it serves.
 */
export type Names<T extends string> = T extends `${infer A} ${infer B}` ? A | Names<B> : T;

export interface AssentOptions {
  /** The visitor's region (`US-CA`, `FR`), which picks the mode from `regions`. The widget can't geolocate. */
  region?: string;
  /** An i18next instance of the host app, used instead of Assent's own. */
  i18n?: unknown;
  /** Where the choice is kept; the first-party cookie by default. */
  storage?: ConsentStorage;
  /**
   * The page's CSP nonce, under a nonce-based policy: gated `<script type="text/plain">` tags then run only if they
   * carry it, so markup injected into the page can't use Assent to run script.
   */
  nonce?: string;
  /** The browser, for tests. */
  env?: Environment;
  /** How the UI chunk is fetched; each entry point supplies its own. */
  loadUi?: UiLoader;
}
