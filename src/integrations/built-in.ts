import type { Integration } from './integration.js';

/** Every integration the gate runs, in order; Consent Mode must stay first (its default precedes all tags). */
export const builtInIntegrations: Integration[] = [];
