import type { ConsentStore } from '../core/consent-store.js';
import { gpcOverrides, gpcSignal } from '../core/gpc.js';
import type { GateModel } from '../core/gate-model.js';

/**
 * Global Privacy Control, applied by the engine before the gate releases anything. Under opt-out rules the signal
 * is applied without asking and recorded with source `gpc`. A later visit without the signal keeps that stored
 * opt-out, because nothing here ever grants. Returns whether the signal is honoured on this page view, so the
 * interface can say so.
 */
export function applyGpc(model: GateModel, store: ConsentStore, nav?: Navigator): boolean {
  const signal = gpcSignal(nav);
  if (gpcOverrides(model, store.get(), signal)) {
    store.decide('gpc', 'gpc', Object.fromEntries(model.categories.map((c) => [c.id, !c.saleOrShare && store.granted(c.id)])));
  }
  return signal && model.mode === 'opt-out';
}
