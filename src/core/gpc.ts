import type { GateModel } from './gate-model.js';
import type { ConsentRecord } from './types.js';

/** Whether the browser sends Global Privacy Control. A getter that throws can't prove it absent: fail towards privacy. */
export function gpcSignal(nav?: Navigator): boolean {
  try {
    return (nav as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
  } catch {
    return true;
  }
}

/**
 * Whether the signal is honoured here and must change this choice: under opt-out rules it is a request to opt out
 * of sale and sharing (CCPA regs § 7025(b)), and it wins over a stored choice that still sells or shares
 * (§ 7025(c)(3)). Under opt-in rules every category starts off anyway.
 */
export function gpcOverrides(model: GateModel, record: ConsentRecord | null, signal: boolean): boolean {
  const sold = model.categories.filter((c) => c.saleOrShare && !c.required);
  return signal && model.mode === 'opt-out' && !!sold.length && (!record || sold.some((c) => record.categories[c.id]));
}
