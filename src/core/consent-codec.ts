import { checksum } from './checksum.js';
import { isSafeId } from './safe-id.js';
import type { ConsentAction, ConsentMode, ConsentRecord, ConsentSource } from './types.js';

/*
 * Cookie value, format 2 (documented in README "Cookie format"):
 *
 *   2.<id>.<time>.<revision>.<action><source>[<mode>].<config>.<category>:<0|1>+….<check>
 *
 * Every character is a cookie-octet (RFC 6265 §4.1.1) that js-cookie leaves unencoded, so the value reads the
 * same in the browser and in a server's Cookie header. The check is a hash of everything before it: it is not
 * a signature, but an edited or truncated value fails it and is then treated exactly as no choice.
 */
const VERSION = '2';
const ACTIONS: ConsentAction[] = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'];
const SOURCES: ConsentSource[] = ['banner', 'preferences', 'embed', 'api', 'gpc'];
const CODES = 'arcwg';
// Each by its fifth letter: i, o, c.
const MODES: ConsentMode[] = ['opt-in', 'opt-out', 'notice'];
const FIELD = /^[a-z0-9]{1,32}$/;
const PAIR = /^(.*):([01])$/;
const MAX_LENGTH = 3000;

export function encodeConsent(r: ConsentRecord): string {
  const body = [
    VERSION,
    r.id,
    r.timestamp.toString(36),
    r.revision,
    CODES[ACTIONS.indexOf(r.action)]! + (SOURCES[SOURCES.indexOf(r.source)] ?? 'api')[0] + (r.mode?.[4] ?? ''),
    r.config || '0',
    Object.keys(r.categories)
      .map((k) => k + ':' + (r.categories[k] ? 1 : 0))
      .join('+'),
  ].join('.');
  return body + '.' + checksum(body);
}

/** The fields of a stored value whose version and check hold; null otherwise. Never throws. */
function fieldsOf(value: unknown): string[] | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    return null;
  }
  const fields = text.split('.');
  return fields.length === 8 && fields[0] === VERSION && fields[7] === checksum(text.slice(0, text.lastIndexOf('.')))
    ? fields
    : null;
}

function recordOf([, id = '', time = '', revision = '', codes = '', config = '', pairs = '']: string[]): ConsentRecord {
  return {
    id,
    revision: +revision,
    timestamp: parseInt(time, 36),
    action: ACTIONS[CODES.indexOf(codes[0]!)]!,
    source: SOURCES.find((s) => s[0] === codes[1])!,
    mode: MODES.find((m) => m[4] === codes[2]),
    categories: Object.fromEntries(pairs.split('+').map((p) => [p.slice(0, -2), p.endsWith(':1')])),
    config,
  };
}

/**
 * Reads a stored value whose integrity is all that needs checking: its version and check hold. The gate uses it
 * and then compares the config fingerprint, which only a value the engine wrote under this very config carries;
 * anything from elsewhere goes through `decodeConsent`. Gives null, never throws, on anything else.
 */
export function parseConsent(value: unknown): ConsentRecord | null {
  const fields = fieldsOf(value);
  return fields && recordOf(fields);
}

/** Parses a stored value strictly, field by field. Anything malformed, edited or oversized gives null; never throws. */
export function decodeConsent(value: unknown): ConsentRecord | null {
  const fields = fieldsOf(value);
  if (!fields) return null;
  const [, id = '', time = '', revision = '', codes = '', config = '', pairs = ''] = fields;
  // Small regexes per field: one pattern for the whole value would be costly to compile.
  if (id.length < 8 || !FIELD.test(id) || !FIELD.test(time) || time.length > 11 || !FIELD.test(config)) return null;
  if (!/^\d{1,9}$/.test(revision) || !/^[arcwg][bpeag][ioc]?$/.test(codes)) return null;
  const list = pairs.split('+');
  if (list.length > 64) return null;
  const seen = new Set<string>();
  for (const pair of list) {
    const m = PAIR.exec(pair);
    // Only ids a config can have: `constructor:1` would hide the object's own methods from the code that reads it.
    if (!m || !isSafeId(m[1]) || seen.has(m[1])) return null;
    seen.add(m[1]);
  }
  return recordOf(fields);
}
