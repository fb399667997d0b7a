import type { Integration } from './integration.js';

/**
 * Global Privacy Control. Under opt-out rules it is a valid request to opt out of sale and sharing
 * (CCPA regs § 7025(b)): it is applied without asking and recorded with source `gpc`, and it wins over a stored
 * choice that still sells or shares (§ 7025(c)(3)). A later visit without the signal keeps that stored opt-out,
 * because nothing here ever grants. Under opt-in rules every category starts off anyway, so GPC changes nothing.
 */
export const globalPrivacyControl: Integration = ({ model, env, store }) => {
  let signal: boolean;
  try {
    signal = (env.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
  } catch {
    // A getter that throws can't prove the signal absent: fail towards the visitor's privacy.
    signal = true;
  }
  const honoured = signal && model.mode === 'opt-out';
  const current = store.get();
  const sold = model.categories.filter((c) => c.saleOrShare && !c.required);
  if (honoured && sold.length && (!current || sold.some((c) => current.categories[c.id]))) {
    store.decide(
      'gpc',
      'gpc',
      Object.fromEntries(model.categories.map((c) => [c.id, !c.saleOrShare && store.granted(c.id)])),
    );
  }
  return { gpcHonoured: () => honoured };
};
