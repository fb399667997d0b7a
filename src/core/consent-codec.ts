import type { ConsentAction, ConsentRecord, ConsentSource } from './types.js';

/*
 * Cookie value, format 1 (documented in README "Cookie format"):
 *
 *   1.<id>.<time>.<revision>.<action><source>.<category>:<0|1>+….<check>
 *
 * Every character is a cookie-octet (RFC 6265 §4.1.1) that js-cookie leaves unencoded, so the value reads the
 * same in the browser and in a server's Cookie header. The check is a hash of everything before it: it is not
 * a signature, but an edited or truncated value fails it and is then treated exactly as no choice.
 */
const VERSION = '1';
const ACTIONS: ConsentAction[] = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'];
const SOURCES: ConsentSource[] = ['banner', 'preferences', 'api', 'gpc'];
const CODES = 'arcwg';
const SHAPE = /^1\.([a-z0-9]{8,32})\.([a-z0-9]{1,11})\.(\d{1,9})\.([arcwg])([bpag])\.([A-Za-z][\w-]{0,31}:[01](?:\+[A-Za-z][\w-]{0,31}:[01]){0,63})\.([a-z0-9]{1,7})$/;
const MAX_LENGTH = 3000;

export function encodeConsent(r: ConsentRecord): string {
  const body = [
    VERSION,
    r.id,
    r.timestamp.toString(36),
    r.revision,
    CODES[ACTIONS.indexOf(r.action)]! + (SOURCES[SOURCES.indexOf(r.source)] ?? 'api')[0],
    Object.keys(r.categories)
      .map((k) => k + ':' + (r.categories[k] ? 1 : 0))
      .join('+'),
  ].join('.');
  return body + '.' + checksum(body);
}

/** Parses a stored value. Anything malformed, edited or oversized gives null; this never throws. */
export function decodeConsent(value: unknown): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  let text = value;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  const m = SHAPE.exec(text);
  if (!m) return null;
  if (checksum(text.slice(0, text.lastIndexOf('.'))) !== m[7]) return null;
  const timestamp = parseInt(m[2]!, 36);
  const categories: Record<string, boolean> = {};
  for (const pair of m[6]!.split('+')) {
    const [key, bit] = pair.split(':') as [string, string];
    if (key in categories) return null;
    categories[key] = bit === '1';
  }
  return {
    id: m[1]!,
    revision: Number(m[3]),
    timestamp,
    action: ACTIONS[CODES.indexOf(m[4]!)]!,
    source: SOURCES.find((s) => s[0] === m[5])!,
    categories,
  };
}

/** FNV-1a, 32-bit, in base 36: short and cheap; it detects edits, it does not authenticate. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
