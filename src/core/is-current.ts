import type { GateModel } from './gate-model.js';
import type { ConsentRecord } from './types.js';

/** What reading and writing a choice needs: the gate's model and the policy revision. */
export type StoredModel = GateModel & { revision: number };

const DAY = 864e5;

/** When a choice made at `timestamp` runs out: `days` after it was made, however often its cookie is written again. */
export const expiryOf = (timestamp: number, days: number): number => timestamp + days * DAY;

/** Whether a choice made at `timestamp` is within the cookie's lifetime, and not dated in the future (edited). */
export const withinLifetime = (timestamp: number, days: number, now: number): boolean =>
  timestamp <= now + DAY && now - timestamp <= days * DAY;

/**
 * Whether a stored choice still answers the site's question. It doesn't when the policy revision changed,
 * when it is older than the cookie lifetime (a stale cookie a browser kept), when it is dated in the future
 * (edited), when the site added a category the visitor was never asked about, or when opt-in rules now apply
 * (another region, another config) to a choice that grants something under other rules: an opt-out choice keeps
 * on whatever the visitor didn't turn off, and a choice stored before its rules were kept can't say. A refusal
 * stands under any rules.
 */
export function isCurrent(record: ConsentRecord | null, model: StoredModel, now: number): record is ConsentRecord {
  if (!record || record.revision !== model.revision) return false;
  if (!withinLifetime(record.timestamp, model.cookie.days, now)) return false;
  // Under opt-in rules a grant counts only if it was made under them too; a refusal counts under any.
  const grants = model.mode !== 'opt-in' || record.mode === 'opt-in';
  return model.categories.every((c) => c.required || (typeof record.categories[c.id] === 'boolean' && (grants || !record.categories[c.id])));
}
