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
  /** The category that `category` or `category.service` names, if the config has it (and that service). */
  known(key: string): string | undefined;
  subscribe(fn: Listener): () => void;
  /**
   * Whether the state waits for the engine before granting anything: to validate the config (the script tag), then
   * to read the stored choice under it and apply Global Privacy Control (the script tag and the npm entry).
   */
  held(): boolean;
  /**
   * Puts `next` in force. With `change`, also releases a held state, then tells every listener what `change()`
   * says (the engine works out what was granted and revoked). Without it the change is silent: a restamp, or the
   * engine setting up a held state. `lapsed` is a stored choice that no longer applies (the policy revision or the
   * categories changed, or it expired): under opt-out rules, what it refused stays refused until the visitor
   * decides again, because an opt-out of sale doesn't end with a new policy (CCPA regs § 7026).
   */
  commit(next: ConsentRecord | null, change?: () => StateChange, lapsed?: ConsentRecord | null): void;
}

/**
 * A held state grants nothing, not even strictly necessary categories, until the engine releases it: after checking
 * the config where that hasn't been done yet (the script tag), reading the stored choice under it and applying
 * Global Privacy Control, so that nothing sold runs even for a moment.
 */
export function createConsentState(
  model: GateModel,
  initial: ConsentRecord | null,
  report: Pick<Console, 'error'>,
  held = false,
): ConsentState {
  let current = initial;
  let lapsed: ConsentRecord | null | undefined;
  const listeners = new Set<Listener>();
  const find = (id: string) => model.categories.find((c) => c.id === id);
  const allows = (id: string) => {
    const c = find(id);
    // Undecided: opt-in and notice grant nothing; opt-out (CCPA) runs everything until the visitor opts out.
    return !!c && (c.required || (current ? current.categories[id] === true : model.mode === 'opt-out' && lapsed?.categories[id] !== false));
  };
  const granted = (id: string) => !held && allows(id);
  const known = (key: string) => {
    const [category = '', service] = typeof key == 'string' ? key.split('.') : [];
    const c = find(category);
    return c && (!service || c.services.some((s) => s.id === service)) ? category : undefined;
  };

  return {
    get: () => current && { ...current, categories: { ...current.categories } },
    granted,
    allows,
    has: (key) => {
      const category = known(key);
      return !!category && granted(category);
    },
    known,
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    held: () => held,
    commit(next, change, lapsedChoice) {
      current = next;
      lapsed = lapsedChoice;
      if (!change) return;
      held = false;
      const told = change();
      for (const fn of [...listeners]) safeCall(report, fn, told);
    },
  };
}
