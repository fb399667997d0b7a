/** Text given either once for every language or per language code (`{ en: '…', fr: '…' }`). */
export type LocalizedText = string | Record<string, string>;

/** A cookie or storage key a service sets, as written in config: a name, a `/regex/`, or a table row. */
export type StorageEntryConfig =
  | string
  | {
      name: string;
      provider?: LocalizedText;
      purpose?: LocalizedText;
      duration?: LocalizedText;
    };

export interface ServiceConfig {
  id: string;
  name?: string;
  provider?: LocalizedText;
  purpose?: LocalizedText;
  /** Link to the vendor's own privacy policy, shown in the cookie table: an absolute http(s) URL. */
  policyUrl?: string;
  cookies?: StorageEntryConfig[];
  localStorage?: StorageEntryConfig[];
  sessionStorage?: StorageEntryConfig[];
  /** A built-in vendor recipe (`clarity`, `sentry`) whose defaults fill this service. */
  preset?: 'clarity' | 'sentry';
  /** Free-form options for the preset, e.g. `{ projectId: '…' }`. */
  options?: Record<string, unknown>;
  /** Script loaded when the service's category is granted. */
  src?: string;
}

export interface CategoryConfig {
  id: string;
  /** Strictly necessary: always on, shown locked, never asked. */
  required?: boolean;
  /** Under opt-out rules (CCPA) this category is a "sale or sharing" of personal information. */
  saleOrShare?: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
  services?: ServiceConfig[];
}

export type ConsentMode = 'opt-in' | 'opt-out' | 'notice';

export interface CookieConfig {
  name?: string;
  days?: number;
  domain?: string;
}

/** The configuration object, as a site writes it (JSON-serialisable). */
export interface AssentConfig {
  cookie?: CookieConfig;
  revision?: number;
  categories: CategoryConfig[];
  mode?: ConsentMode;
  regions?: Record<string, ConsentMode>;
  region?: string;
  reloadOnRevoke?: boolean;
  googleConsentMode?: GoogleConsentModeConfig;
  /** Everything the UI chunk reads; validated with the rest at init. */
  ui?: UiConfig;
  /** Where the consent record is POSTed (as JSON, with `navigator.sendBeacon`) after each decision. */
  recordUrl?: string;
}

export interface GoogleConsentModeConfig {
  map?: Record<string, string[]>;
  waitForUpdate?: number;
  region?: string[];
}

export type Layout = 'bar' | 'box' | 'modal';
export type Theme = 'light' | 'dark' | 'auto';

export interface PolicyConfig {
  /** Markdown per language, or one Markdown string for every language. */
  markdown?: LocalizedText;
  /** URL of the Markdown per language (`{lang}` is replaced), fetched when the policy is shown. */
  url?: LocalizedText;
  /** ISO date shown as "last updated". */
  updated?: string;
  /** A pending revision announced ahead of time: the date it takes effect and a summary. */
  pending?: { effective: string; summary?: LocalizedText };
}

export interface UiConfig {
  layout?: Layout;
  theme?: Theme;
  language?: string;
  fallbackLanguage?: string;
  floatingButton?: boolean;
  /** Per-language string overrides: `{ fr: { 'banner.title': '…' } }`. */
  translations?: Record<string, Record<string, string>>;
  policy?: PolicyConfig;
  /**
   * Lets visitors download their consent record, and withdraw consent and clear their choice, from the preferences
   * dialog. Proof records already sent stay in the site's log.
   */
  selfService?: boolean;
}

export type ConsentAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc';
/** Where a decision was made: `embed` is an embed's placeholder ("Always allow …"). */
export type ConsentSource = 'banner' | 'preferences' | 'embed' | 'api' | 'gpc';

/** What `get()` returns and the cookie stores. */
export interface ConsentRecord {
  id: string;
  revision: number;
  /** Milliseconds since the epoch (UTC). */
  timestamp: number;
  action: ConsentAction;
  source: ConsentSource;
  categories: Record<string, boolean>;
  /**
   * The rules the choice was made under: `opt-out` defaults are on until the visitor opts out, so such a choice is
   * no consent where `opt-in` rules apply. Absent from a choice stored before Assent kept it.
   */
  mode?: ConsentMode;
  /**
   * A fingerprint of the configuration (and region) the choice was checked against. It changes whenever the
   * config does; a page view whose config still matches it starts without validating the config again.
   */
  config?: string;
}

/** The detail of every `change` event: the new record (null after a withdrawal) and proof-of-consent metadata. */
export interface ChangeDetail {
  consent: ConsentRecord | null;
  /** The record as it should be kept for proof of consent (GDPR Art. 7(1)). */
  record: ProofRecord;
  /** Categories granted and revoked by this change. */
  granted: string[];
  revoked: string[];
}

export interface ProofRecord extends ConsentRecord {
  time: string;
  version: string;
  language?: string;
  textHash?: string;
  /** The texts the visitor read and decided with, in the order `textHash` covers them. */
  texts?: string[];
}

/**
 * The proof record of "Load this content" on an embed's placeholder: consent to that one embed, this once. It changes
 * no choice, so nothing is stored and no `change` event fires; it goes to `recordUrl` like a decision's record, under
 * the same visitor id, with `categories` as the choice in force.
 */
export interface LoadOnceRecord extends Omit<ProofRecord, 'action' | 'source'> {
  action: 'load_once';
  source: 'embed';
  /** The embed's category and service (from `data-assent`) and the address it loaded. */
  embed: EmbedLoad;
}

export interface EmbedLoad {
  category: string;
  service?: string;
  src: string;
}

/** Extra facts the UI knows about a decision: the language and the texts the visitor saw. */
export interface DecisionMeta {
  language?: string;
  textHash?: string;
  texts?: string[];
}
