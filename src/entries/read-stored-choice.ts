import { configFingerprint } from '../core/config-fingerprint.js';
import { decodeConsent } from '../core/consent-codec.js';
import type { Environment } from '../core/environment.js';
import { gateModel, type GateModel } from '../core/gate-model.js';
import { gpcOverrides, gpcSignal } from '../core/gpc.js';
import { isCurrent } from '../core/is-current.js';
import type { AssentConfig, ConsentRecord } from '../core/types.js';
import { readCookie } from '../storage/read-cookie.js';

export interface StoredChoice {
  model: GateModel;
  record: ConsentRecord | null;
  /** Whether the gate can serve this page view alone. */
  trusted: boolean;
}

/**
 * Reads the stored choice before anything is validated. It is trusted, and the gate serves the return visit
 * alone, when it is intact and current, was made or confirmed under this very config (the fingerprint matches, so
 * the engine validated this config before), and no Global Privacy Control signal overrides it. Gives undefined
 * when the config doesn't even have the shape of one.
 */
export function readStoredChoice(config: unknown, region: string | undefined, env: Environment): StoredChoice | undefined {
  try {
    const model = gateModel(config as AssentConfig, region);
    const record = decodeConsent(readCookie(env.document, model.cookie.name));
    const trusted =
      !!record &&
      record.config === configFingerprint(config, region) &&
      isCurrent(record, model, env.now()) &&
      !gpcOverrides(model, record, gpcSignal(env.navigator));
    return { model, record, trusted };
  } catch {
    // A config that doesn't even have the shape of one: the engine will say what is wrong with it.
    return undefined;
  }
}
