// `npm run bench`: Assent side by side with vanilla-cookieconsent 3.1 and klaro 0.7 in headless Chromium.
//
// Each round loads every widget's page in a fresh browser context, in turn (assent, cc, klaro, bare page), so
// drift on a shared machine hits all of them alike. The CPU is throttled 4x, the HTTP cache is off, and files
// come gzip-compressed from a local server. Medians are printed, with each metric's ratio to
// vanilla-cookieconsent taken within the same round, as a Markdown table.
//
// Environment: BENCH_RUNS (rounds, default 7), DIST_DIR (build to measure, default dist), CHROMIUM_PATH,
// BENCH_TIMEOUT (ms to wait for a banner or a gated script before reporting "n/a", default 5000).
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server.mjs';
import { probe } from './probe.mjs';
import { widgets } from './widgets.mjs';
import { summarise, toMarkdown } from './report.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const dist = process.env.DIST_DIR ?? 'dist';
const timeout = Number(process.env.BENCH_TIMEOUT ?? 5000);
// Time left after the last awaited event for late work (fonts, idle callbacks, layout shifts) to show up.
const settle = 1000;
const throttle = 4;

const { server, origin } = await startBenchServer({ dist });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const chromiumVersion = browser.version();

/** Opens a page whose CDP session throttles the CPU, bypasses the cache and counts the widget's bytes. */
async function openPage(context, widget, { watchBanner, timeCookieRead = false }) {
  const page = await context.newPage();
  await page.addInitScript(probe, { banner: watchBanner ? widget.banner : null, timeout, timeCookieRead });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  const urls = new Map();
  const requests = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url) requests.push({ url, bytes: e.encodedDataLength });
  });
  const widgetBytes = () =>
    requests.filter((r) => widget.owns(new URL(r.url).pathname)).reduce((sum, r) => sum + r.bytes, 0);
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN);
  };
  return { page, widgetBytes, scriptMs, requests };
}

/** Total blocking time: the part of each long task beyond 50 ms. */
const blocking = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

async function measure(widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const out = {};
  try {
    // First visit: nothing stored yet.
    const first = await openPage(context, widget, { watchBanner: !!widget.banner });
    await first.page.goto(origin + widget.page, { waitUntil: 'load' });
    const seen = widget.banner ? await first.page.evaluate(() => window.__bench.waitFor('banner')) : null;
    await first.page.waitForTimeout(settle);
    const a = await first.page.evaluate(() => ({ longTasks: window.__bench.longTasks, cls: window.__bench.cls }));
    out.bannerMs = widget.banner ? seen : null;
    out.firstBytes = first.widgetBytes();
    out.firstScriptMs = await first.scriptMs();
    out.tbtMs = blocking(a.longTasks);
    out.cls = a.cls;

    // Accept: from the click on "accept all" to the gated analytics script starting.
    if (widget.accept) {
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
    const again = await openPage(context, widget, { watchBanner: false, timeCookieRead: widget.id === 'bare' });
    await again.page.goto(origin + widget.page, { waitUntil: 'load' });
    out.returnAnalyticsMs = await again.page.evaluate(() => window.__bench.waitFor('analytics'));
    await again.page.waitForTimeout(settle);
    out.returnBytes = again.widgetBytes();
    out.returnScriptMs = await again.scriptMs();
    out.returnRequests = again.requests.filter((r) => widget.owns(new URL(r.url).pathname)).length;
    out.cookieReadMs = await again.page.evaluate(() => window.__bench.cookieReadMs);
  } catch (e) {
    console.error(`bench: ${widget.id} failed in this round: ${e.message}`);
  } finally {
    await context.close();
  }
  return out;
}

// Timings on a busy machine are slower and noisier for every widget; the load is printed with the results.
const loadBefore = loadavg()[0];
const rounds = [];
try {
  for (let i = 0; i < runs; i++) {
    const round = {};
    for (const w of widgets) round[w.id] = await measure(w);
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
