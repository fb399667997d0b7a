// `npm run bench`: Assent side by side with vanilla-cookieconsent 3.1 and klaro 0.7 in headless Chromium.
//
// Each round loads every widget's page in a fresh browser context (its first and return visits share it, for the
// stored choice), in turn, so drift on a shared machine hits all of them alike; the order rotates from round to
// round, so no widget always goes first or last. The CPU is throttled 4x, the HTTP cache is off, and files come
// gzip-compressed from a local server. Medians are printed, with each metric's ratio to vanilla-cookieconsent
// taken within the same round, as a Markdown table.
//
// Environment: BENCH_RUNS (rounds, default 7), DIST_DIR (build to measure, default dist), CHROMIUM_PATH,
// BENCH_TIMEOUT (ms to wait for a banner or a gated script before reporting "n/a", default 5000).
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server.mjs';
import { findBanner, probeScript } from './probe.mjs';
import { widgets } from './widgets.mjs';
import { blocking, summarise, toMarkdown } from './report.mjs';
import { scriptTime, TRACE_CATEGORIES } from './trace.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const dist = process.env.DIST_DIR ?? 'dist';
const timeout = Number(process.env.BENCH_TIMEOUT ?? 5000);
// Time left after the last awaited event for late work (fonts, idle callbacks, layout shifts) to show up.
const settle = 1000;
// How long a traced view runs after its load: past every widget's banner and gated script at 4x throttling.
const traceWindow = 2000;
const throttle = 4;

const { server, origin } = await startBenchServer({ dist });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const chromiumVersion = browser.version();

/** Whether a trace is still recording: a round that failed half-way must stop it before the next can start one. */
let tracing = false;

/**
 * Opens a page whose CDP session throttles the CPU, bypasses the cache and counts the widget's bytes. With `trace`,
 * it records a trace of the page for its script time.
 */
async function openPage(context, widget, { watchBanner = false, timeCookieRead = false, trace = false }) {
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript({ banner: watchBanner ? widget.banner : null, timeout, timeCookieRead }) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // The widget's own requests: those finished, with their bytes, and by id those still under way. One that
  // failed, answered with an error or is still loading would make the byte count wrong without a word.
  const requests = [];
  const pending = new Map();
  const problems = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (widget.owns(new URL(e.request.url).pathname)) pending.set(e.requestId, e.request.url);
  });
  cdp.on('Network.responseReceived', (e) => {
    if (pending.has(e.requestId) && e.response.status >= 400) problems.push(`${e.response.status} for ${e.response.url}`);
  });
  cdp.on('Network.loadingFailed', (e) => {
    if (pending.has(e.requestId)) problems.push(`${e.errorText} for ${pending.get(e.requestId)}`);
    pending.delete(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const url = pending.get(e.requestId);
    pending.delete(e.requestId);
    if (url) requests.push({ url, bytes: e.encodedDataLength });
  });
  const widgetBytes = () => {
    const unfinished = [...pending.values()].map((url) => `still loading ${url}`);
    if (problems.length || unfinished.length) throw new Error(`the widget's files did not all load: ${[...problems, ...unfinished].join('; ')}`);
    return requests.reduce((sum, r) => sum + r.bytes, 0);
  };
  // One trace at a time per browser: the runner measures one page at a time.
  if (trace) {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
  }
  const scriptMs = async () => {
    tracing = false;
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    return scriptTime(traceEvents, origin);
  };
  return { page, widgetBytes, scriptMs, requests };
}

/**
 * A page view traced for its script time alone, apart from the timed one, since tracing slows some work more than
 * other work. The probe doesn't watch for a banner, so its own script is the same on every page; the view is given
 * the page's load and `traceWindow` ms more, then checked to have done its part (drawn the banner, or started the gated
 * analytics) once the trace has stopped.
 */
async function tracedScriptMs(context, widget, done) {
  const view = await openPage(context, widget, { trace: true });
  try {
    await view.page.goto(origin + widget.page, { waitUntil: 'load' });
    await view.page.waitForTimeout(traceWindow);
    const ms = await view.scriptMs();
    return (await view.page.evaluate(done)) ? ms : null;
  } finally {
    await view.page.close();
  }
}

async function measure(widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const out = {};
  try {
    // First visit: nothing stored yet.
    const first = await openPage(context, widget, { watchBanner: !!widget.banner });
    await first.page.goto(origin + widget.page, { waitUntil: 'load' });
    const seen = widget.banner ? await first.page.evaluate(() => window.__bench.waitFor('banner')) : null;
    await first.page.waitForTimeout(settle);
    const a = await first.page.evaluate(() => ({ longTasks: window.__bench.longTasks, cls: window.__bench.cls, fcpAt: window.__bench.fcpAt }));
    out.fcpMs = a.fcpAt;
    out.bannerMs = widget.banner ? seen : null;
    out.firstBytes = first.widgetBytes();
    out.tbtMs = blocking(a.longTasks, a.fcpAt);
    out.cls = a.cls;

    // Accept: from the click on "accept all" to the gated analytics script starting.
    if (widget.accept) {
      // A widget that let the gated script run before any consent would show a negative accept time, not a failure.
      if ((await first.page.evaluate(() => window.__bench.analyticsAt)) !== null) {
        throw new Error('the gated analytics script ran before consent');
      }
      let clicked = false;
      if (seen !== null) {
        clicked = await first.page
          .click(widget.accept, { timeout })
          .then(() => true)
          .catch(() => false);
      }
      // Without a banner to click (the UI not built yet), consent is given through the widget's API so the
      // return visit can still be measured; the accept metric stays "n/a".
      if (!clicked) await first.page.evaluate(widget.acceptByApi).catch(() => {});
      const started = await first.page.evaluate(() => window.__bench.waitFor('analytics'));
      const clickAt = await first.page.evaluate(() => window.__bench.clickAt);
      out.acceptMs = clicked && started !== null && clickAt !== null ? started - clickAt : null;
      await first.page.waitForTimeout(200);
    }
    await first.page.close();

    // Return visit: a new page in the same context, so the stored choice is there.
    if (widget.cookie && !(await context.cookies()).some((c) => c.name === widget.cookie)) {
      throw new Error(`no ${widget.cookie} cookie after accepting; the return visit would be a first visit`);
    }
    // The page without a widget also times its first cookie read: a cost every cookie-based widget pays once
    // per page view, whatever it does next.
    const again = await openPage(context, widget, { timeCookieRead: widget.id === 'bare' });
    await again.page.goto(origin + widget.page, { waitUntil: 'load' });
    out.returnAnalyticsMs = await again.page.evaluate(() => window.__bench.waitFor('analytics'));
    await again.page.waitForTimeout(settle);
    out.returnFcpMs = await again.page.evaluate(() => window.__bench.fcpAt);
    out.returnBytes = again.widgetBytes();
    out.returnRequests = again.requests.length;
    out.cookieReadMs = await again.page.evaluate(() => window.__bench.cookieReadMs);
    await again.page.close();

    // Script time, from traced views of their own: a return visit in the same context, a first visit in a fresh one.
    out.returnScriptMs = await tracedScriptMs(context, widget, 'window.__bench.analyticsAt !== null');
    const drawn = widget.banner ? `!!(${findBanner})(${JSON.stringify(widget.banner)})` : 'true';
    out.firstScriptMs = await tracedScriptMs(fresh, widget, drawn);
  } catch (e) {
    console.error(`bench: ${widget.id} failed in this round: ${e.message}`);
    // Nothing measured before the failure counts either: the round is the widget's failure, not a data point.
    return { failed: e.message };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    tracing = false;
    await context.close();
    await fresh.close();
  }
  return out;
}

// Timings on a busy machine are slower and noisier for every widget; the load is printed with the results.
const loadBefore = loadavg()[0];
const rounds = [];
try {
  for (let i = 0; i < runs; i++) {
    const round = {};
    // Rotated each round: a position effect (the browser warming up, the previous context's teardown) lands on each
    // widget in turn.
    for (let j = 0; j < widgets.length; j++) {
      const w = widgets[(i + j) % widgets.length];
      round[w.id] = await measure(w);
    }
    rounds.push(round);
    process.stderr.write(`bench: round ${i + 1}/${runs} done\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const summary = summarise(rounds);
const meta = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  runs,
  throttle,
  dist,
  load: `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
};
const markdown = toMarkdown(summary, meta);
console.log(markdown);
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL('results/latest.json', import.meta.url), JSON.stringify({ meta, rounds, summary }, null, 2));
await writeFile(new URL('results/latest.md', import.meta.url), markdown + '\n');
