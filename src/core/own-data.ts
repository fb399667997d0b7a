/**
 * What a reference back to an enclosing object becomes: the config check then names its path, where copying on
 * would recurse until the stack overflows. Under a key the config doesn't know, it is dropped like the rest. The
 * check runs in another file, which can't compare symbols with this one: it takes any symbol without a
 * description for this one, and the description costs the every-view file nothing.
 */
export const CIRCULAR = Symbol();

/**
 * A copy of JSON-like data in which every object has no prototype, so only what the data itself says can be read
 * from it. A page whose `Object.prototype` was polluted (a vulnerable library merging `__proto__` from a URL, say)
 * would otherwise make every category `required`, or every region `opt-out`, and run what is gated without asking.
 * It also means a config the page changes after handing it over changes nothing.
 */
export function ownData(value: unknown, within: unknown[] = []): unknown {
  if (within.includes(value)) return CIRCULAR;
  // Only the enclosing objects: one object used in two places is data, not a cycle.
  const copy = (item: unknown) => ownData(item, [...within, value]);
  if (Array.isArray(value)) return value.map(copy);
  if (!value || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}
