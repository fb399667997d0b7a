// Main-thread script time from a Chromium trace, counted the way Lighthouse's main-thread breakdown counts it: each
// slice of time belongs to the innermost event around it, and script is evaluation, compilation, calls, timers,
// event handlers and microtasks. Chrome's own `ScriptDuration` leaves out microtasks (all the work after an
// `await` or in a `.then`) and top-level compilation, which some widgets do far more of than others.

/** The categories a trace needs for this: `v8.execute` brings microtasks, without the volume of the full timeline. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'];

/** Events whose own time is script, and whose unnamed children (V8 internals) are script too. */
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'v8.parseOnBackground',
  'v8.run',
  'v8.callFunction',
  'V8.Execute',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EventDispatch',
  'XHRReadyStateChange',
  'XHRLoad',
]);

/** Work a script may cause but which isn't script: style, layout, paint, parsing HTML and garbage collection. */
const NOT_SCRIPT = /^(Layout|UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|Paint|PrePaint|Layerize|Commit|HitTest|UpdateLayer|ParseHTML|MinorGC|MajorGC|V8\.GC.*|BlinkGC.*)$/;

/**
 * The renderer main thread that loaded a page of `origin`: the one whose events name a URL there, or, failing that,
 * the busiest one.
 */
export function mainThread(events, origin) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const key = (e) => `${e.pid}:${e.tid}`;
  const ids = new Set(mains.map(key));
  const busy = new Map();
  for (const e of events) {
    if (!ids.has(key(e))) continue;
    const url = e.args?.data?.url ?? e.args?.beginData?.url;
    if (typeof url === 'string' && url.startsWith(origin)) return key(e);
    busy.set(key(e), (busy.get(key(e)) ?? 0) + 1);
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Milliseconds of script on the page's main thread, from trace events (microseconds). */
export function scriptTime(events, origin) {
  const thread = mainThread(events, origin);
  const spans = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && `${e.pid}:${e.tid}` === thread)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + e.dur, children: 0, group: 'other' }))
    // A parent starts no later than its children and, starting together, lasts longer.
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open = [];
  let total = 0;
  const close = (span) => {
    if (span.group === 'script') total += Math.max(0, span.end - span.start - span.children);
  };
  for (const span of spans) {
    while (open.length && open.at(-1).end <= span.start) close(open.pop());
    const parent = open.at(-1);
    span.group = SCRIPT.has(span.name) ? 'script' : NOT_SCRIPT.test(span.name) ? 'other' : (parent?.group ?? 'other');
    if (parent) parent.children += Math.min(span.end, parent.end) - span.start;
    open.push(span);
  }
  while (open.length) close(open.pop());
  return total / 1000;
}
