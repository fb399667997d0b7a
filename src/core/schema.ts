/**
 * A tiny declarative checker for JSON config. Each check returns a problem (what was expected) or nothing;
 * object checks also report unknown keys so typos surface as warnings instead of silently doing nothing.
 */
export interface Problem {
  path: string;
  expected: string;
  got: unknown;
}

export interface Report {
  errors: Problem[];
  /** Unknown keys with the closest known key, if one is close enough. */
  unknown: { path: string; suggestion?: string }[];
}

export type Check = (value: unknown, path: string, report: Report) => void;

const fail = (report: Report, path: string, expected: string, got: unknown): void => {
  report.errors.push({ path, expected, got });
};

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const predicate =
  (test: (v: unknown) => boolean, expected: string): Check =>
  (v, path, report) => {
    if (!test(v)) fail(report, path, expected, v);
  };

export const string = predicate((v) => typeof v === 'string' && v !== '', 'a non-empty string');
export const boolean = predicate((v) => typeof v === 'boolean', 'true or false');

export const oneOf = (...values: string[]): Check =>
  predicate((v) => values.includes(v as string), 'one of ' + values.map((x) => `"${x}"`).join(', '));

export const integer = (min: number, max: number, unit = 'a whole number'): Check =>
  predicate(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
    `${unit} from ${min} to ${max}`,
  );

/** A string, or an object of strings keyed by language. */
export const localized: Check = (v, path, report) => {
  if (typeof v === 'string') return;
  if (isPlainObject(v) && Object.values(v).every((x) => typeof x === 'string')) return;
  fail(report, path, 'a string or an object of strings keyed by language', v);
};

export const array =
  (item: Check): Check =>
  (v, path, report) => {
    if (!Array.isArray(v)) return fail(report, path, 'an array', v);
    v.forEach((x, i) => item(x, `${path}[${i}]`, report));
  };

/** An object of `item`s under any keys, or under the keys `key` accepts (it gets each key as its value). */
export const record =
  (item: Check, key?: Check): Check =>
  (v, path, report) => {
    if (!isPlainObject(v)) return fail(report, path, 'an object', v);
    for (const k of Object.keys(v)) {
      key?.(k, join(path, k), report);
      item(v[k], join(path, k), report);
    }
  };

export const either =
  (a: Check, b: Check, expected: string): Check =>
  (v, path, report) => {
    const trial: Report = { errors: [], unknown: [] };
    a(v, path, trial);
    if (!trial.errors.length) return void report.unknown.push(...trial.unknown);
    if (typeof v === 'string') return b(v, path, report);
    if (isPlainObject(v)) return a(v, path, report);
    fail(report, path, expected, v);
  };

/** Keys marked with a trailing `!` are required. */
export const object =
  (shape: Record<string, Check>): Check =>
  (v, path, report) => {
    if (!isPlainObject(v)) return fail(report, path, 'an object', v);
    const known = Object.keys(shape).map((k) => k.replace('!', ''));
    for (const key of Object.keys(shape)) {
      const name = key.replace('!', '');
      if (v[name] === undefined) {
        if (key.endsWith('!')) fail(report, join(path, name), 'a value', undefined);
      } else shape[key]!(v[name], join(path, name), report);
    }
    for (const k of Object.keys(v)) {
      if (!known.includes(k)) report.unknown.push({ path: join(path, k), suggestion: closest(k, known) });
    }
  };

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The known key within edit distance 2 (or a third of the word) of a typo, if any. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // Neither has a JSON form, and as text a bigint would pass for a number: `revision: 1n` must not read "got 1".
  // A symbol without a description is how a copied config marks a cycle (`CIRCULAR`), which stays in sight inside
  // an object checked as a whole.
  if (typeof value == 'symbol') return value.description == null ? 'a circular reference' : String(value);
  if (typeof value == 'bigint') return `${value}n`;
  try {
    const text = JSON.stringify(value, (_, v: unknown) => (typeof v == 'symbol' ? '[circular]' : v));
    return text.length > 40 ? text.slice(0, 37) + '...' : text;
  } catch {
    return String(value);
  }
}
