import { embedGate } from '../gate/embed-gate.js';
import { globalPrivacyControl } from './global-privacy-control.js';
import { googleConsentMode } from './google-consent-mode.js';
import type { Integration } from './integration.js';
import { vendorHooks } from './vendor-hooks.js';

/**
 * Every integration the gate runs, in order. Consent Mode must stay first: its default precedes all tags, and it
 * must be listening before Global Privacy Control can record a decision.
 */
export const builtInIntegrations: Integration[] = [googleConsentMode, globalPrivacyControl, vendorHooks, embedGate];
