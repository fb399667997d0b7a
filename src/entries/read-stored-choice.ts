import { configFingerprint } from '../core/config-fingerprint.js';
import { parseConsent } from '../core/consent-codec.js';
import type { GateEnvironment } from '../core/environment.js';
import { gateModel, type GateModel } from '../core/gate-model.js';
import { gpcOverrides, gpcSignal } from '../core/gpc.js';
import { withinLifetime } from '../core/is-current.js';
import type { AssentConfig, ConsentRecord } from '../core/types.js';
import { readCookie } from '../storage/read-cookie.js';

export interface StoredChoice {
  model: GateModel;
  /** The stored choice, when the gate can serve this page view alone; null when the engine must decide. */
  trusted: ConsentRecord | null;
  /** Whether an intact consent cookie was there: without one, the visitor will most likely be asked. */
  found: boolean;
  /** Whether `model` was built from the config; if not, it is a closed stand-in and the engine must not extend it. */
  built: boolean;
  /** The consent cookie's value as read, for noticing later that another page changed it. */
  raw?: string | undefined;
  /** The config's fingerprint, which the engine stamps decisions with; none where `built` is false. */
  fingerprint?: string;
}

/**
 * Reads the stored choice before anything is validated. It is trusted, and the gate serves the page view alone,
 * when it is intact, was made or confirmed under this very config (the fingerprint matches: the engine validated
 * this config, and wrote every category and the revision it asks for), hasn't expired, and no Global Privacy
 * Control signal overrides it. A config that doesn't even have the shape of one gets an empty model in notice
 * mode, for the engine to reject.
 */
export function readStoredChoice(config: unknown, region: string | undefined, env: GateEnvironment): StoredChoice {
  const c = config as AssentConfig | null;
  const fingerprint = configFingerprint(config, region);
  let model: GateModel;
  try {
    model = gateModel(c!, region);
  } catch {
    return { model: gateModel({ categories: [], googleConsentMode: c?.googleConsentMode }), trusted: null, found: false, built: false };
  }
  const raw = readCookie(env.document, model.cookie.name);
  const record = parseConsent(raw);
  const trusted =
    !!record &&
    record.config === fingerprint &&
    withinLifetime(record.timestamp, model.cookie.days, env.now()) &&
    !gpcOverrides(model, record, gpcSignal(env.navigator));
  return { model, trusted: trusted ? record : null, found: !!record, built: true, raw, fingerprint };
}
