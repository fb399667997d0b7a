import { gateModel, type GateModel } from './gate-model.js';
import type { ConsentModel, StorageEntry } from './model.js';
import {
  array,
  boolean,
  describe,
  either,
  integer,
  isPlainObject,
  localized,
  object,
  oneOf,
  predicate,
  record,
  string,
  type Report,
} from './schema.js';
import type { AssentConfig, StorageEntryConfig } from './types.js';
import { presetIds, withPresetDetails } from './presets.js';
import { checkPresetOptions } from './preset-options.js';
import { COOKIE_DOMAIN, COOKIE_NAME } from './cookie-name.js';
import { isSafeId } from './safe-id.js';

/**
 * A date the policy shows: "10.04.2026" would be read as 4 October, so only the unambiguous ISO form is taken, and
 * only a day that exists ("2026-02-30" would be shown as 2 March). Written back as a date, it must come out the same
 * (an invalid date writes `null`).
 */
const isoDate = predicate(
  (v) => typeof v == 'string' && String(new Date(v).toJSON()).slice(0, 10) === v,
  'an ISO 8601 date such as "2026-04-10"',
);

const id = predicate(
  isSafeId,
  'an id of up to 32 letters, digits, "_" or "-", starting with a letter',
);
const mode = oneOf('opt-in', 'opt-out', 'notice');
/**
 * resolveMode looks the visitor's region up in capitals, as an ISO 3166 subdivision (`US-CA`), then its country
 * (`US`, or `EU` for a member state), then `default`: a key in any other form ("us-ca") would never match.
 */
export const ISO_REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;
const region = predicate(
  (k) => k === 'default' || ISO_REGION.test(k as string),
  'a region in capitals such as "US-CA", "US" or "EU", or "default"',
);

const pattern = predicate((v) => {
  if (typeof v !== 'string' || v === '') return false;
  try {
    return !!toEntry(v);
  } catch {
    return false;
  }
}, 'a name or a valid /regex/');

const entry = either(
  object({ 'name!': pattern, provider: localized, purpose: localized, duration: localized }),
  pattern,
  'a name, a /regex/ or an object with a name',
);

const service = object({
  'id!': id,
  name: string,
  provider: localized,
  purpose: localized,
  // The cookie table links only to a web page: a relative or mailto: link would vanish from it without a word.
  policyUrl: predicate((v) => typeof v == 'string' && /^https?:\/\/[^\s/]/i.test(v), 'an absolute http(s) URL'),
  cookies: array(entry),
  localStorage: array(entry),
  sessionStorage: array(entry),
  preset: oneOf(...presetIds),
  options: record(() => {}),
  src: string,
});

const schema = object({
  cookie: object({
    name: predicate((v) => typeof v === 'string' && COOKIE_NAME.test(v), 'a cookie name (RFC 6265 token)'),
    days: integer(1, 395, 'a whole number of days'),
    // A value the browser can't use as a domain would be refused with every write, and the banner come back.
    domain: predicate(
      (v) => typeof v == 'string' && COOKIE_DOMAIN.test(v),
      'a domain name such as "example.com"',
    ),
  }),
  // The cookie keeps at most 9 digits of it: a longer one would be written and never read back.
  revision: integer(0, 999999999),
  'categories!': array(
    object({
      'id!': id,
      required: boolean,
      saleOrShare: boolean,
      title: localized,
      description: localized,
      services: array(service),
    }),
  ),
  mode,
  regions: record(mode, region),
  region: string,
  reloadOnRevoke: boolean,
  googleConsentMode: object({
    map: record(array(id)),
    waitForUpdate: integer(0, 60000, 'a number of milliseconds'),
    // Google reads ISO 3166 codes: a lower-case or made-up one would leave that region on the global default.
    region: array(predicate((v) => ISO_REGION.test(v as string), 'an ISO 3166 code in capitals such as "ES" or "US-CA"')),
  }),
  recordUrl: string,
  ui: object({
    layout: oneOf('bar', 'box', 'modal'),
    theme: oneOf('light', 'dark', 'auto'),
    language: string,
    fallbackLanguage: string,
    floatingButton: boolean,
    // A blank string would be shown as is: a button with no label.
    translations: record(record(predicate((v) => typeof v === 'string' && !!v.trim(), 'a string with text'))),
    policy: object({
      markdown: localized,
      url: localized,
      updated: isoDate,
      pending: object({ 'effective!': isoDate, summary: localized }),
    }),
    selfService: boolean,
  }),
});

/**
 * Semantic checks a shape can't express: unique ids, categories the Consent Mode map names, and the options a
 * preset needs and knows; what isn't wrong but likely a mistake goes to `warnings`.
 */
const crossCheck = (config: AssentConfig, report: Report, warnings: string[]): void => {
  const seen = new Set<string>();
  // With none there is nothing to ask about, and not even the consent cookie would be listed; the cookie holds a
  // choice over 64 at most, and one over more would never be read back, so the visitor would be asked on every view.
  const count = config.categories.length;
  if (!count || count > 64) report.errors.push({ path: 'categories', expected: 'from 1 to 64 categories', got: count || [] });
  config.categories.forEach((c, i) => {
    if (seen.has(c.id)) report.errors.push({ path: `categories[${i}].id`, expected: 'a unique category id', got: c.id });
    seen.add(c.id);
    const services = new Set<string>();
    c.services?.forEach((s, j) => {
      const path = `categories[${i}].services[${j}]`;
      if (services.has(s.id)) report.errors.push({ path: path + '.id', expected: 'a unique service id', got: s.id });
      services.add(s.id);
      checkPresetOptions(s, path, report, warnings);
    });
  });
  for (const [signal, ids] of Object.entries(config.googleConsentMode?.map ?? {})) {
    ids.forEach((c, i) => {
      if (!seen.has(c)) {
        report.errors.push({ path: `googleConsentMode.map.${signal}[${i}]`, expected: 'the id of a category', got: c });
      }
    });
  }
};

export type ValidationResult =
  | { ok: true; model: ConsentModel; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

export type CheckResult =
  | { ok: true; config: AssentConfig; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

/**
 * Checks a raw config once, where it enters. Never throws: a bad config is reported as one message so the caller
 * can log it and stay closed.
 */
export function checkConfig(input: unknown): CheckResult {
  const report: Report = { errors: [], unknown: [] };
  const notes: string[] = [];
  schema(input, '', report);
  if (!report.errors.length) crossCheck(input as AssentConfig, report, notes);
  const warnings = report.unknown.map(
    (u) => `Assent: unknown config key "${u.path}"` + (u.suggestion ? `; did you mean "${u.suggestion}"?` : '.'),
  );
  warnings.push(...notes);
  if (report.errors.length) {
    // The config itself has no key to name.
    const lines = report.errors.map((e) => `${e.path ? ` at "${e.path}"` : ''}: expected ${e.expected}, got ${describe(e.got)}`);
    return { ok: false, error: 'Assent: invalid config' + lines.join(';'), warnings };
  }
  const config = input as AssentConfig;
  const optional = config.categories.filter((c) => !c.required);
  // Optional categories in notice mode never run, and nobody is asked; fine only where a region asks for them.
  if (config.mode === 'notice' && optional.length && !Object.values(config.regions ?? {}).some((m) => m !== 'notice')) {
    warnings.push(`Assent: mode "notice" runs only required categories; ${optional.map((c) => `"${c.id}"`).join(', ')} stay off.`);
  }
  // Opt-out rules let a visitor refuse only the sale or sharing of their data: with nothing marked so, the banner's
  // opt-out button would change nothing while it says some categories share.
  const modes = [config.mode ?? 'opt-in', ...Object.values(config.regions ?? {})];
  if (optional.length && modes.includes('opt-out') && !optional.some((c) => c.saleOrShare)) {
    warnings.push('Assent: opt-out rules apply but no category has saleOrShare: the opt-out button would change nothing.');
  }
  // A refusal must not be asked about again for at least 6 months under opt-in rules (CNIL); the cookie's life is
  // the choice's life, so a shorter one asks too soon.
  const days = config.cookie?.days;
  if (days !== undefined && days < 183 && optional.length && modes.includes('opt-in')) {
    warnings.push(`Assent: cookie.days is ${days}, so a visitor who refused would be asked again that soon; under opt-in rules keep a choice at least 183 days (6 months).`);
  }
  return { ok: true, config, warnings };
}

/** Checks a raw config and builds its model: `checkConfig`, then `extendModel` on the gate's model of it. */
export function validateConfig(input: unknown, hostRegion?: string): ValidationResult {
  const result = checkConfig(input);
  if (!result.ok) return result;
  const model = extendModel(result.config, gateModel(result.config, hostRegion), hostRegion);
  return { ok: true, model, warnings: result.warnings };
}

/**
 * The engine's model of a checked config: the gate's model of the same config (defaults, the region's mode,
 * preset recipes) with the texts, declared storage and settings only the engine and the interface read. The
 * script tag hands over the model its gate already built, so the engine doesn't carry a second copy of that code.
 */
export function extendModel(config: AssentConfig, base: GateModel, hostRegion?: string): ConsentModel {
  const model: ConsentModel = {
    ...base,
    revision: config.revision ?? 1,
    region: hostRegion ?? config.region,
    reloadOnRevoke: !!config.reloadOnRevoke,
    recordUrl: config.recordUrl,
    // The gate's model already applied each preset's recipe; the engine adds the texts on top.
    categories: base.categories.map((c) => ({
      ...c,
      services: c.services.map(withPresetDetails).map((s) => ({
        ...s,
        cookies: (s.cookies ?? []).map(toEntry),
        localStorage: (s.localStorage ?? []).map(toEntry),
        sessionStorage: (s.sessionStorage ?? []).map(toEntry),
      })),
    })),
  };
  // Absent keys stay absent, so a model reads the same as the config it came from.
  for (const k of ['region', 'googleConsentMode', 'recordUrl'] as const) if (model[k] === undefined) delete model[k];
  if (model.cookie.domain === undefined) delete model.cookie.domain;
  return model;
}

function toEntry(e: StorageEntryConfig): StorageEntry {
  const out: StorageEntry = isPlainObject(e) ? { ...e } : { name: e };
  const m = /^\/(.+)\/([a-z]*)$/.exec(out.name);
  // Without `g` and `y`: they make test() remember where it stopped, so every other cookie would be missed.
  if (m) out.pattern = new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
  return out;
}
