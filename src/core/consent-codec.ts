import { checksum } from './checksum.js';
import type { ConsentAction, ConsentRecord, ConsentSource } from './types.js';

/*
 * Cookie value, format 2 (documented in README "Cookie format"):
 *
 *   2.<id>.<time>.<revision>.<action><source>.<config>.<category>:<0|1>+….<check>
 *
 * Every character is a cookie-octet (RFC 6265 §4.1.1) that js-cookie leaves unencoded, so the value reads the
 * same in the browser and in a server's Cookie header. The check is a hash of everything before it: it is not
 * a signature, but an edited or truncated value fails it and is then treated exactly as no choice.
 */
const VERSION = '2';
const ACTIONS: ConsentAction[] = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'];
const SOURCES: ConsentSource[] = ['banner', 'preferences', 'api', 'gpc'];
const CODES = 'arcwg';
const FIELD = /^[a-z0-9]{1,32}$/;
const PAIR = /^([A-Za-z][\w-]{0,31}):([01])$/;
const MAX_LENGTH = 3000;

export function encodeConsent(r: ConsentRecord): string {
  const body = [
    VERSION,
    r.id,
    r.timestamp.toString(36),
    r.revision,
    CODES[ACTIONS.indexOf(r.action)]! + (SOURCES[SOURCES.indexOf(r.source)] ?? 'api')[0],
    r.config || '0',
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
  // Small regexes per field: one pattern for the whole value would be costly for the engine to compile, and this
  // runs on every page view.
  const [version, id = '', time = '', revision = '', codes = '', config = '', pairs = '', check, extra] = text.split('.');
  if (version !== VERSION || extra !== undefined || id.length < 8 || !FIELD.test(id) || !FIELD.test(time)) return null;
  if (!FIELD.test(config)) return null;
  if (time.length > 11 || !/^\d{1,9}$/.test(revision) || !/^[arcwg][bpag]$/.test(codes)) return null;
  if (check !== checksum(text.slice(0, text.lastIndexOf('.')))) return null;
  const categories: Record<string, boolean> = {};
  const list = pairs.split('+');
  if (list.length > 64) return null;
  for (const pair of list) {
    const m = PAIR.exec(pair);
    if (!m || m[1]! in categories) return null;
    categories[m[1]!] = m[2] === '1';
  }
  return {
    id,
    revision: Number(revision),
    timestamp: parseInt(time, 36),
    action: ACTIONS[CODES.indexOf(codes[0]!)]!,
    source: SOURCES.find((s) => s[0] === codes[1])!,
    categories,
    config,
  };
}
