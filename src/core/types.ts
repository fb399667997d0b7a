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
  /** Letters, digits, `_` or `-`, starting with a letter; unique within its category. `data-assent="category.id"` names it. */
  id: string;
  /** Shown in cookie tables. @default the id */
  name?: string;
  /** Who sets the cookies, shown in the cookie table. */
  provider?: LocalizedText;
  /** Why, shown in the cookie table. */
  purpose?: LocalizedText;
  /** Link to the vendor's own privacy policy, shown in the cookie table: an absolute http(s) URL. */
  policyUrl?: string;
  /** Cookies the service sets, listed in the cookie table and deleted when its category is turned off. @default [] */
  cookies?: StorageEntryConfig[];
  /** localStorage keys, listed and deleted like the cookies. @default [] */
  localStorage?: StorageEntryConfig[];
  /** sessionStorage keys, listed and deleted like the cookies. @default [] */
  sessionStorage?: StorageEntryConfig[];
  /** A built-in vendor recipe (`clarity`, `sentry`) whose defaults fill this service. */
  preset?: 'clarity' | 'sentry';
  /** Free-form options for the preset, e.g. `{ projectId: '…' }`. */
  options?: Record<string, unknown>;
  /** A script loaded, once per page, when the service is granted. */
  src?: string;
}

export interface CategoryConfig {
  /** Letters, digits, `_` or `-`, starting with a letter, at most 32 characters; unique. */
  id: string;
  /** Strictly necessary: always on, shown locked, never asked. @default false */
  required?: boolean;
  /** Under opt-out rules (CCPA) this category is a "sale or sharing" of personal information. @default false */
  saleOrShare?: boolean;
  /** The name shown to visitors. @default built in for common ids (`analytics`, `marketing`, …) */
  title?: LocalizedText;
  /** What the category is for. @default built in for common ids */
  description?: LocalizedText;
  /** The vendors in this category. @default [] */
  services?: ServiceConfig[];
}

export type ConsentMode = 'opt-in' | 'opt-out' | 'notice';

export interface CookieConfig {
  /** The consent cookie's name, an RFC 6265 token. @default 'assent' */
  name?: string;
  /** How long a choice lasts, 1 to 395 days (13 months at most). @default 365 */
  days?: number;
  /** A domain (`example.com`) to share the choice across subdomains. @default the page's host only */
  domain?: string;
}

/** The configuration object, as a site writes it (JSON-serialisable). */
export interface AssentConfig {
  /** The first-party cookie that keeps the choice. */
  cookie?: CookieConfig;
  /** Your policy's revision, 0 to 999 999 999: raising it asks every visitor again. @default 1 */
  revision?: number;
  /** The consent categories, in display order: 1 to 64. */
  categories: CategoryConfig[];
  /** `opt-in` (GDPR, UK), `opt-out` (CCPA) or `notice` (strictly necessary cookies only). @default 'opt-in' */
  mode?: ConsentMode;
  /** Mode per region: `{ "US-CA": "opt-out", "EU": "opt-in", "default": "opt-in" }`. */
  regions?: Record<string, ConsentMode>;
  /** The visitor's region, when the config is made per request; `data-region` and the `region` option come first. */
  region?: string;
  /** Reloads the page when a category is revoked, since running scripts can't be unloaded. @default false */
  reloadOnRevoke?: boolean;
  /** Google Consent Mode v2: a denied default at start, an update after each decision. */
  googleConsentMode?: GoogleConsentModeConfig;
  /** Everything the UI chunk reads; validated with the rest at init. */
  ui?: UiConfig;
  /** Where proof records are POSTed (as JSON, with `navigator.sendBeacon`): each decision's, and each embed loaded once. */
  recordUrl?: string;
}

export interface GoogleConsentModeConfig {
  /**
   * The categories each signal needs, all of them granted: `{ "analytics_storage": ["analytics"] }`.
   * @default analytics_storage from `analytics`; ad_storage, ad_user_data and ad_personalization from `marketing`
   */
  map?: Record<string, string[]>;
  /** Sent with the default as `wait_for_update`: milliseconds, 0 to 60 000, Google's tags wait for an update. */
  waitForUpdate?: number;
  /** Regions the default applies to (`["ES", "US-AK"]`). @default everywhere */
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
  /** A bottom bar, a corner box, or a modal dialog. @default 'bar' */
  layout?: Layout;
  /** `auto` follows the visitor's `prefers-color-scheme`. @default 'auto' */
  theme?: Theme;
  /** A language to use instead of the page's (`fr`, `fr-CA`). @default the page's `lang`, then the browser's languages */
  language?: string;
  /** The language when the visitor's isn't available. @default 'en' */
  fallbackLanguage?: string;
  /** A floating button that reopens the preferences once the visitor has decided. @default false */
  floatingButton?: boolean;
  /** Per-language string overrides: `{ fr: { 'banner.title': '…' } }`. */
  translations?: Record<string, Record<string, string>>;
  policy?: PolicyConfig;
  /**
   * Lets visitors download their consent record, and withdraw consent and clear their choice, from the preferences
   * dialog. Proof records already sent stay in the site's log. @default false
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

/**
 * The detail of every `change` event: the choice now in force (null when none is stored, as after a withdrawal under
 * opt-in rules) and proof-of-consent metadata.
 */
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
