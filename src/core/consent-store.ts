import type { ConsentStorage } from '../storage/consent-storage.js';
import { decodeConsent, encodeConsent } from './consent-codec.js';
import type { Environment } from './environment.js';
import { isCurrent } from './is-current.js';
import type { ConsentModel } from './model.js';
import { safeCall } from './safe-call.js';
import type { ChangeDetail, ConsentAction, ConsentRecord, ConsentSource, DecisionMeta } from './types.js';
import { VERSION } from './version.js';

export type Listener = (detail: ChangeDetail) => void;

export interface ConsentStore {
  /** The current decision, or null while the visitor hasn't made one (or it no longer applies). */
  get(): ConsentRecord | null;
  /** Whether a category may run now: its decision, or the mode's default while undecided. */
  granted(category: string): boolean;
  /** `granted` for `category`, or for `category.service` (the service must belong to that category). */
  has(key: string): boolean;
  decide(action: ConsentAction, source: ConsentSource, choice: Record<string, boolean>, meta?: DecisionMeta): void;
  withdraw(source: ConsentSource, meta?: DecisionMeta): void;
  subscribe(fn: Listener): () => void;
}

export function createConsentStore(model: ConsentModel, storage: ConsentStorage, env: Environment): ConsentStore {
  const stored = decodeConsent(storage.read());
  let current: ConsentRecord | null = isCurrent(stored, model, env.now()) ? stored : null;
  const listeners = new Set<Listener>();

  const granted = (id: string): boolean => {
    const c = model.categories.find((x) => x.id === id);
    if (!c) return false;
    if (c.required) return true;
    if (current) return current.categories[id] === true;
    // Undecided: opt-in and notice grant nothing; opt-out (CCPA) runs everything until the visitor opts out.
    return model.mode === 'opt-out';
  };

  const snapshot = () => new Map(model.categories.map((c) => [c.id, granted(c.id)]));

  const commit = (next: ConsentRecord | null, record: ConsentRecord, meta?: DecisionMeta) => {
    const before = snapshot();
    current = next;
    if (next) storage.write(encodeConsent(next));
    else storage.clear();
    const after = snapshot();
    const ids = [...after.keys()];
    const detail: ChangeDetail = {
      consent: next && { ...next, categories: { ...next.categories } },
      record: { ...record, categories: { ...record.categories }, time: new Date(record.timestamp).toISOString(), version: VERSION, ...meta },
      granted: ids.filter((id) => after.get(id) && !before.get(id)),
      revoked: ids.filter((id) => !after.get(id) && before.get(id)),
    };
    for (const fn of [...listeners]) safeCall(env.console, fn, detail);
  };

  const newId = () => Array.from(env.random(12), (b) => (b % 36).toString(36)).join('');

  const build = (action: ConsentAction, source: ConsentSource, choice: Record<string, boolean>): ConsentRecord => ({
    id: current?.id ?? newId(),
    revision: model.revision,
    timestamp: env.now(),
    action,
    source,
    categories: Object.fromEntries(model.categories.map((c) => [c.id, c.required || choice[c.id] === true])),
  });

  return {
    get: () => current && { ...current, categories: { ...current.categories } },
    granted,
    has(key) {
      const [category = '', service] = key.split('.');
      if (!granted(category)) return false;
      return !service || !!model.categories.find((c) => c.id === category)?.services.some((s) => s.id === service);
    },
    decide(action, source, choice, meta) {
      // Notice mode means only strictly necessary storage exists: there is nothing to consent to, so nothing to store.
      if (model.mode === 'notice') return;
      const next = build(action, source, choice);
      commit(next, next, meta);
    },
    withdraw(source, meta) {
      commit(null, build('withdraw', source, {}), meta);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
  };
}
