import type { GateModel } from './gate-model.js';
import { safeCall } from './safe-call.js';
import type { ChangeDetail, ConsentRecord, ProofRecord } from './types.js';

/**
 * What the state's listeners hear: a decision (with its `record` of proof), or, without one, the moment a held
 * state is released and the choice it holds comes into force.
 */
export type StateChange = Omit<ChangeDetail, 'record'> & { record?: ProofRecord };
export type Listener = (change: StateChange) => void;

/** The choice in force on this page view: what the gate reads on every view. Decisions are the engine's. */
export interface ConsentState {
  /** The current decision, or null while the visitor hasn't made one (or it no longer applies). */
  get(): ConsentRecord | null;
  /** Whether a category may run now: its decision, or the mode's default while undecided. Nothing while held. */
  granted(category: string): boolean;
  /** What the choice in force allows for a category, held or not: what the engine decides from. */
  allows(category: string): boolean;
  /** `granted` for `category`, or for `category.service` (the service must belong to that category). */
  has(key: string): boolean;
  subscribe(fn: Listener): () => void;
  /** Whether the state waits for the engine to confirm the config (and find the choice) before granting anything. */
  held(): boolean;
  /**
   * Puts `next` in force and, with `proof`, releases a held state and tells every listener what the decision
   * granted and revoked. Without `proof` the change is silent: a restamp, or the engine setting up a held state.
   */
  commit(next: ConsentRecord | null, proof?: ProofRecord): void;
  /** Releases a held state, telling every listener what is now granted. Does nothing once released. */
  release(): void;
}

/**
 * A state starts held when the config it will enforce hasn't been validated yet: it grants nothing, not even
 * strictly necessary categories, until the engine has checked the config and releases it.
 */
export function createConsentState(
  model: GateModel,
  initial: ConsentRecord | null,
  report: Pick<Console, 'error'>,
  held = false,
): ConsentState {
  let current = initial;
  const listeners = new Set<Listener>();
  const find = (id: string) => model.categories.find((x) => x.id === id);
  const ids = () => model.categories.map((c) => c.id);

  const allows = (id: string): boolean => {
    const c = find(id);
    if (!c) return false;
    if (c.required) return true;
    if (current) return current.categories[id] === true;
    // Undecided: opt-in and notice grant nothing; opt-out (CCPA) runs everything until the visitor opts out.
    return model.mode === 'opt-out';
  };
  const granted = (id: string) => !held && allows(id);
  const copy = (r: ConsentRecord | null) => r && { ...r, categories: { ...r.categories } };
  const tell = (change: StateChange) => {
    for (const fn of [...listeners]) safeCall(report, fn, change);
  };

  return {
    get: () => copy(current),
    granted,
    allows,
    has(key) {
      const [category = '', service] = key.split('.');
      return granted(category) && (!service || !!find(category)?.services.some((s) => s.id === service));
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    held: () => held,
    commit(next, proof) {
      const before = ids().filter(granted);
      current = next;
      if (!proof) return;
      held = false;
      const after = ids().filter(granted);
      tell({
        consent: copy(next),
        record: proof,
        granted: after.filter((id) => !before.includes(id)),
        revoked: before.filter((id) => !after.includes(id)),
      });
    },
    release() {
      if (!held) return;
      held = false;
      tell({ consent: copy(current), granted: ids().filter(granted), revoked: [] });
    },
  };
}
