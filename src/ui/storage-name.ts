import type { StorageEntry } from '../core/model.js';

/**
 * One character that varies (a class, an escape such as `\d`, or `.`, with any quantifier after it), or an
 * escaped literal, which is matched only so that its backslash isn't read as the start of something else.
 */
const TOKEN = /(\\[dDwWsS]|\[(?:\\.|[^\]\\])*\]|\.)(?:[*+?]|\{\d*,?\d*\})?|\\./g;
const HOLE = '\u0000';

/**
 * A cookie or storage name a visitor can read. A `/regex/` from the config is shown as the names it matches, with
 * `*` where they vary: `/^_ga_[A-Z0-9]+$/` reads `_ga_*`, `/^_cl/` reads `_cl*`. A pattern with alternatives,
 * groups or quantified letters says more than a wildcard can, so it is shown as written.
 */
export function storageName(entry: StorageEntry): string {
  if (!entry.pattern) return entry.name;
  let source = entry.pattern.source;
  const anchoredStart = source.startsWith('^');
  const anchoredEnd = /(^|[^\\])\$$/.test(source);
  source = source.slice(anchoredStart ? 1 : 0, anchoredEnd ? -1 : undefined);
  const holed = source.replace(TOKEN, (token, varying?: string) => (varying ? HOLE : token));
  if (/[()|^$*+?{}[\]]/.test(holed.replace(/\\./g, ''))) return entry.name;
  const literal = holed.replace(/\\(.)/g, '$1').split(HOLE).join('*');
  // Neighbouring wildcards, from the pattern or an open end, read as one.
  return ((anchoredStart ? '' : '*') + literal + (anchoredEnd ? '' : '*')).replace(/\*+/g, '*');
}
