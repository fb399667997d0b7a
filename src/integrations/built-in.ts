import { embedGate } from '../gate/embed-gate.js';
import { googleConsentMode } from './google-consent-mode.js';
import type { Integration } from './integration.js';
import { vendorHooks } from './vendor-hooks.js';

/**
 * Every integration the gate runs, in order. Consent Mode stays first: its default precedes all tags. Global
 * Privacy Control is not among them: it may make a decision, so the engine applies it before the gate releases anything.
 */
export const builtInIntegrations: readonly Integration[] = [googleConsentMode, vendorHooks, embedGate];
