import { attempt } from './attempt.js';
import type { ConsentStorage } from '../storage/consent-storage.js';
import { decodeConsent, encodeConsent } from './consent-codec.js';
import { createConsentState, type ConsentState } from './consent-state.js';
import type { Environment } from './environment.js';
import { expiryOf, isCurrent, type StoredModel } from './is-current.js';
import type { ConsentAction, ConsentRecord, ConsentSource, DecisionMeta, EmbedLoad, LoadOnceRecord, ProofRecord } from './types.js';
import { VERSION } from './version.js';


/** The choice in force, plus the decisions that change it and the storage that keeps it. */
export interface ConsentStore extends Omit<ConsentState, 'commit' | 'known' | 'allows'> {
  /** Releases a held state: every listener hears what is now granted, without a record (no decision was made). */
  release(): void;
  decide(action: ConsentAction, source: ConsentSource, choice: Record<string, boolean>, meta?: DecisionMeta): void;
  withdraw(source: ConsentSource, meta?: DecisionMeta): void;
  /**
   * The proof of "Load this content": consent to one embed, once, under the visitor's id. It changes no choice, so
   * nothing is stored and no listener hears of it; the caller sends it.
   */
  loadedOnce(embed: EmbedLoad, meta?: DecisionMeta): LoadOnceRecord;
  /**
   * Reads storage again and puts what it holds in force, without a record: no decision was made here. Says
   * whether anything changed.
   */
  sync(): boolean;
}

/**
 * What storage holds: the choice, if it is intact and still answers the site's question; otherwise the intact
 * choice that no longer does (`lapsed`), if there is one.
 */
function readChoice(storage: ConsentStorage, model: StoredModel, now: number): { current: ConsentRecord | null; lapsed: ConsentRecord | null } {
  const stored = decodeConsent(attempt(() => storage.read()));
  return isCurrent(stored, model, now) ? { current: stored, lapsed: null } : { current: null, lapsed: stored ?? refusedByAny(storage) };
}

/**
 * Copies of the choice that disagree (one on a narrower path, one from before `cookie.domain` was set) are no
 * choice, and the visitor is asked again. Until they answer, what any copy refused stays refused, as a lapsed
 * choice's refusals do: two opt-outs of sale must never add up to a page that sells.
 */
function refusedByAny(storage: ConsentStorage): ConsentRecord | null {
  const copies = (attempt(() => storage.copies?.()) ?? []).map(decodeConsent).filter((r): r is ConsentRecord => !!r);
  if (copies.length < 2) return null;
  const categories: Record<string, boolean> = {};
  for (const { categories: c } of copies) for (const id of Object.keys(c)) categories[id] = c[id]! && categories[id] !== false;
  return { ...copies[0]!, categories };
}

// A storage of the site's own (the `storage` option) may throw, through `attempt`: what it fails to read is no
// choice, and what it fails to write stays in force for the page view, as when the browser refuses the cookie.

/** Whether two records hold the same decision: a restamp under another config changes neither. */
const sameChoice = (a: ConsentRecord | null, b: ConsentRecord | null) => {
  const code = (r: ConsentRecord | null) => r && encodeConsent({ ...r, config: '' });
  return code(a) === code(b);
};

/** A store that reads its choice from storage, for tests: the engine adds decisions to the gate's state instead. */
export function createConsentStore(model: StoredModel, storage: ConsentStorage, env: Environment, config?: string): ConsentStore {
  return withDecisions(createConsentState(model, readChoice(storage, model, env.now()).current, env.console), model, storage, env, config);
}

/**
 * Adds decisions to a page view's state. `config` is the fingerprint of the validated config: every decision
 * records it, and a choice stored under another fingerprint is restamped (same choice, same time) so the next
 * page view can trust its config without validating it again.
 */
export function withDecisions(
  state: ConsentState,
  model: StoredModel,
  storage: ConsentStorage,
  env: Environment,
  config?: string,
): ConsentStore {
  let refusedBefore = false;
  /**
   * Writes a record stamped with the validated config's fingerprint, and gives that record to put in force. The
   * cookie runs out when the choice does, counted from when it was made, however often it is written again.
   */
  const keep = (r: ConsentRecord): ConsentRecord => {
    const kept = config ? { ...r, config } : r;
    // A refused cookie looks like a banner that keeps coming back. Blocked cookies are the visitor's choice, but a
    // `cookie.domain` that doesn't cover the page is the site's mistake, so the console says which it may be, once.
    if (!attempt(() => storage.write(encodeConsent(kept), new Date(expiryOf(kept.timestamp, model.cookie.days)))) && !refusedBefore) {
      refusedBefore = true;
      const domain = model.cookie.domain;
      env.console.warn(
        `Assent: the browser refused the consent cookie${domain ? ` (does cookie.domain "${domain}" cover this page?)` : ''}; the choice lasts for this page view.`,
      );
    }
    return kept;
  };
  const ids = model.categories.map((c) => c.id);
  // A held state's choice is read here, under the validated model: the script tag's gate couldn't trust what it read,
  // and the npm entry leaves the reading to this. A choice that lapsed is kept aside until the visitor decides again.
  const read = readChoice(storage, model, env.now());
  let lapsed = read.lapsed;
  if (state.held() || !state.get()) state.commit(read.current, undefined, lapsed);

  /**
   * Puts `next` in force and tells listeners what it granted and revoked, compared with what ran before. A
   * decision after a choice lapsed also revokes what that choice granted: its vendors' cookies may still be there.
   */
  const tell = (next: ConsentRecord | null, record?: ProofRecord) => {
    const before = ids.filter((id) => state.granted(id) || (!!record && lapsed?.categories[id] === true));
    // Releasing a held state is no decision: a lapsed choice still counts after it.
    if (record) lapsed = null;
    state.commit(
      next,
      () => {
        const after = ids.filter(state.granted);
        return {
          consent: state.get(),
          ...(record && { record }),
          granted: after.filter((id) => !before.includes(id)),
          revoked: before.filter((id) => !after.includes(id)),
        };
      },
      lapsed,
    );
  };
  const commit = (next: ConsentRecord | null, record: ConsentRecord, meta?: DecisionMeta) => {
    // Notice mode means only strictly necessary storage exists: there is nothing to consent to or withdraw, so
    // nothing to store, clear, announce or record.
    if (model.mode === 'notice') return;
    const kept = next && keep(next);
    if (!kept) attempt(() => storage.clear());
    tell(kept, proof(record, meta));
  };
  const proof = (record: ConsentRecord, meta?: DecisionMeta): ProofRecord => ({
    ...record,
    // The config the visitor decided under: its services, cookies and purposes are what they were told about.
    ...(config && { config }),
    categories: { ...record.categories },
    time: new Date(record.timestamp).toISOString(),
    version: VERSION,
    ...meta,
  });
  const current = state.get();
  if (current && config && current.config !== config) {
    state.commit(keep(current));
  }

  const newId = () => Array.from(env.random(12), (b) => (b % 36).toString(36)).join('');
  /** The id of this browser's last decision seen on this page view: a withdrawal's, once its cookie is gone. */
  let lastId: string | undefined;
  const build = (action: ConsentAction, source: ConsentSource, choice: Record<string, boolean>): ConsentRecord => ({
    // The visitor's history stays under one id: after a choice lapsed (a new revision) or was withdrawn too.
    id: (lastId = state.get()?.id ?? lapsed?.id ?? lastId ?? newId()),
    revision: model.revision,
    timestamp: env.now(),
    action,
    source,
    categories: Object.fromEntries(model.categories.map((c) => [c.id, c.required || choice[c.id] === true])),
    mode: model.mode,
  });

  return {
    get: state.get,
    // Decisions start from what the choice allows, even before a held state is released.
    granted: state.allows,
    has: state.has,
    subscribe: state.subscribe,
    held: state.held,
    release: () => void (state.held() && tell(state.get())),
    decide(action, source, choice, meta) {
      const next = build(action, source, choice);
      commit(next, next, meta);
    },
    sync() {
      const read = readChoice(storage, model, env.now());
      // Undecided here and there, storage may still hold refusals this page hasn't taken up: under opt-out rules
      // an opt-out of sale made under another revision holds until the visitor answers again.
      if (sameChoice(read.current, state.get()) && sameChoice(read.lapsed, lapsed)) return false;
      lapsed = read.lapsed;
      tell(read.current);
      return true;
    },
    loadedOnce(embed, meta) {
      const choice = Object.fromEntries(ids.map((id) => [id, state.granted(id)]));
      return { ...proof(build('custom', 'embed', choice), meta), action: 'load_once', source: 'embed', embed };
    },
    withdraw(source, meta) {
      // With nothing stored there is nothing to withdraw under opt-in rules: no record, no new id. Storage is asked
      // too: another tab may have stored a choice this page hasn't taken up yet.
      if (model.mode !== 'opt-out' && !state.get() && !lapsed && !attempt(() => storage.read())) return;
      const record = build('withdraw', source, {});
      // Under opt-out rules no choice means everything runs, sale and sharing included: there, withdrawing consent
      // is kept as a refusal of every optional category, or it would opt the visitor back in. Elsewhere no choice
      // runs nothing optional, so the choice is forgotten and the visitor is asked again.
      commit(model.mode === 'opt-out' ? record : null, record, meta);
    },
  };
}
