// Run with `node --test bench/`. The benchmark's arithmetic, checked without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocking, median, summarise, toMarkdown } from './report.mjs';

const round = (assent, cc, klaro, bare) => ({ assent, cc, klaro, bare });
const row = (summary, key) => summary.find((r) => r.key === key);

test('the median of an even count is the mean of the middle two, and missing values are skipped', () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([null, 5, undefined, 1, 3]), 3);
  assert.equal(median([null]), null);
});

test('ratios are taken within each round, then their median', () => {
  // Per round: 1/2, 4/4, 9/3 → median 1. The ratio of the medians (4/3) would differ.
  const rounds = [
    round({ returnBytes: 1 }, { returnBytes: 2 }, {}, {}),
    round({ returnBytes: 4 }, { returnBytes: 4 }, {}, {}),
    round({ returnBytes: 9 }, { returnBytes: 3 }, {}, {}),
  ];
  assert.equal(row(summarise(rounds), 'returnBytes').ratios.assent, 1);
});

test('script time is counted beyond what the same page costs with no widget in that round', () => {
  const rounds = [round({ returnScriptMs: 12 }, { returnScriptMs: 42 }, {}, { returnScriptMs: 2 })];
  const r = row(summarise(rounds), 'returnScriptMs');
  assert.equal(r.medians.assent, 10);
  assert.equal(r.ratios.assent, 0.25);
  assert.equal(r.result, 'PASS');
});

test('a ratio over its target misses, and a metric no round measured is n/a', () => {
  const rounds = [round({ bannerMs: 300, tbtMs: 20 }, { bannerMs: 200, tbtMs: 0 }, {}, {})];
  const s = summarise(rounds);
  assert.equal(row(s, 'bannerMs').result, 'MISS');
  assert.equal(row(s, 'tbtMs').result, 'MISS');
  assert.equal(row(s, 'acceptMs').medians.assent, null);
  assert.equal(row(s, 'returnBytes').result, 'n/a');
});

test('the table says how many rounds measured a metric when some could not', () => {
  const rounds = [round({ bannerMs: 300 }, { bannerMs: 200 }, {}, {}), round({}, { bannerMs: 200 }, {}, {})];
  const md = toMarkdown(summarise(rounds), { runs: 2, date: '2026-01-01T00:00:00Z', chromium: 'x', throttle: 4, load: '0' });
  assert.match(md, /\| First visit \| banner visible \| 300 ms \(1\/2\) \| 200 ms \|/);
});

test("the no-widget column shows the page's own blocking time, which every widget's figure includes", () => {
  const rounds = [round({ tbtMs: 90 }, { tbtMs: 60 }, {}, { tbtMs: 30 })];
  const md = toMarkdown(summarise(rounds), { runs: 1, date: '2026-01-01T00:00:00Z', chromium: 'x', throttle: 4, load: '0' });
  assert.match(md, /\| First visit \| total blocking time \| 90 ms \| 60 ms \| n\/a \| 30 ms \|/);
});

test('first contentful paint is shown for every page, the one without a widget too, and has no target', () => {
  const rounds = [round({ fcpMs: 120, returnFcpMs: 110 }, { fcpMs: 100, returnFcpMs: 100 }, { fcpMs: 90 }, { fcpMs: 80, returnFcpMs: 85 })];
  const s = summarise(rounds);
  assert.equal(row(s, 'fcpMs').result, '');
  const md = toMarkdown(s, { runs: 1, date: '2026-01-01T00:00:00Z', chromium: 'x', throttle: 4, load: '0' });
  assert.match(md, /\| First visit \| first contentful paint \| 120 ms \| 100 ms \| 90 ms \| 80 ms \| 1\.20× \| 0\.90× \|  \|  \|/);
  assert.match(md, /\| Return visit \| first contentful paint \| 110 ms \| 100 ms \| n\/a \| 85 ms \|/);
});

test("the page's first cookie read is shown for the page without a widget only, and has no target", () => {
  const rounds = [round({}, {}, {}, { cookieReadMs: 4.25 }), round({}, {}, {}, { cookieReadMs: 12 })];
  const s = summarise(rounds);
  assert.equal(row(s, 'cookieReadMs').medians.bare, 8.125);
  assert.equal(row(s, 'cookieReadMs').result, '');
  const md = toMarkdown(s, { runs: 2, date: '2026-01-01T00:00:00Z', chromium: 'x', throttle: 4, load: '0' });
  assert.match(md, /\| Return visit \| the page's first document\.cookie read \| – \| – \| – \| 8\.1 ms \|/);
});

test('total blocking time counts from the first contentful paint, a task under way then only for what remains', () => {
  const tasks = [
    { start: 0, duration: 200 }, // ends before the paint at 300: none of it counts
    { start: 250, duration: 150 }, // 100 ms of it after the paint: 50 ms blocking
    { start: 500, duration: 80 }, // 30 ms
    { start: 700, duration: 40 }, // short: none
  ];
  assert.equal(blocking(tasks, 300), 80);
  assert.equal(blocking([], 300), 0);
  // Not measured is not zero.
  assert.equal(blocking(null, 300), null);
  assert.equal(blocking(tasks, null), null);
});

test('a round that failed for a widget counts for nothing, whatever it measured before failing', () => {
  const failed = { failed: 'the gated analytics script ran before consent', bannerMs: 10, firstBytes: 1 };
  const rounds = [round({ bannerMs: 300, firstBytes: 30 }, { bannerMs: 200, firstBytes: 20 }, {}, {}), round(failed, { bannerMs: 200, firstBytes: 20 }, {}, {})];
  const s = summarise(rounds);
  assert.equal(row(s, 'bannerMs').medians.assent, 300);
  assert.equal(row(s, 'bannerMs').counts.assent, 1);
  assert.equal(row(s, 'firstBytes').ratios.assent, 1.5);
});

test('a ratio says how many rounds had one, and fewer than half make none', () => {
  const meta = { runs: 4, date: '2026-01-01T00:00:00Z', chromium: 'x', throttle: 4, load: '0' };
  const tbt = (assent, cc) => round({ tbtMs: assent }, { tbtMs: cc }, {}, {});
  const three = summarise([tbt(5, 10), tbt(0, 10), tbt(10, 10), tbt(3, 0)]);
  assert.equal(row(three, 'tbtMs').ratios.assent, 0.5);
  assert.match(toMarkdown(three, meta), /\| total blocking time \| 4\.0 ms \| 10 ms \| n\/a \| n\/a \| 0\.50× \(3\/4\) \|/);
  const one = summarise([tbt(5, 10), tbt(0, 0), tbt(10, 0), tbt(3, 0)]);
  assert.equal(row(one, 'tbtMs').ratios.assent, null);
  assert.match(toMarkdown(one, meta), /\| total blocking time \| [^|]+ \| [^|]+ \| n\/a \| n\/a \| – \|/);
});
