import type { GateModel } from './gate-model.js';
import { safeCall } from './safe-call.js';
import type { ChangeDetail, ConsentRecord, ProofRecord } from './types.js';

export type Listener = (detail: ChangeDetail) => void;

/** The choice in force on this page view: what the gate reads on every view. Decisions are the engine's. */
export interface ConsentState {
  /** The current decision, or null while the visitor hasn't made one (or it no longer applies). */
  get(): ConsentRecord | null;
  /** Whether a category may run now: its decision, or the mode's default while undecided. */
  granted(category: string): boolean;
  /** `granted` for `category`, or for `category.service` (the service must belong to that category). */
  has(key: string): boolean;
  subscribe(fn: Listener): () => void;
  /**
   * Puts `next` in force and tells every listener what it granted and revoked, with `proof` as the record to
   * keep. Without `proof` the change is a silent restamp of the same choice, and nobody is told.
   */
  commit(next: ConsentRecord | null, proof?: ProofRecord): void;
}

export function createConsentState(
  model: GateModel,
  initial: ConsentRecord | null,
  report: Pick<Console, 'error'>,
): ConsentState {
  let current = initial;
  const listeners = new Set<Listener>();
  const find = (id: string) => model.categories.find((x) => x.id === id);

  const granted = (id: string): boolean => {
    const c = find(id);
    if (!c) return false;
    if (c.required) return true;
    if (current) return current.categories[id] === true;
    // Undecided: opt-in and notice grant nothing; opt-out (CCPA) runs everything until the visitor opts out.
    return model.mode === 'opt-out';
  };
  const copy = (r: ConsentRecord | null) => r && { ...r, categories: { ...r.categories } };

  return {
    get: () => copy(current),
    granted,
    has(key) {
      const [category = '', service] = key.split('.');
      return granted(category) && (!service || !!find(category)?.services.some((s) => s.id === service));
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    commit(next, proof) {
      const ids = model.categories.map((c) => c.id);
      const before = ids.filter(granted);
      current = next;
      if (!proof) return;
      const after = ids.filter(granted);
      const detail: ChangeDetail = {
        consent: copy(next),
        record: proof,
        granted: after.filter((id) => !before.includes(id)),
        revoked: before.filter((id) => !after.includes(id)),
      };
      for (const fn of [...listeners]) safeCall(report, fn, detail);
    },
  };
}
