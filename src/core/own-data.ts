/**
 * A copy of JSON-like data in which every object has no prototype, so only what the data itself says can be read
 * from it. A page whose `Object.prototype` was polluted (a vulnerable library merging `__proto__` from a URL, say)
 * would otherwise make every category `required`, or every region `opt-out`, and run what is gated without asking.
 * It also means a config the page changes after handing it over changes nothing.
 */
export function ownData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ownData);
  if (!value || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = ownData((value as Record<string, unknown>)[key]);
  return out;
}
