// Runs in each benchmark page before any of its own scripts (Playwright init script), and records what the
// runner reads back from `window.__bench`. It must stay cheap: its cost is paid by every widget alike.

/**
 * The widget's banner, if the page has one: `banner.css` finds it in the document; `banner.shadow` inside an open
 * shadow root whose host is a child of <body> or <html>. Self-contained, so it also runs on its own in the page.
 */
export function findBanner(banner) {
  if (banner.css) return document.querySelector(banner.css);
  for (const host of document.querySelectorAll('html > *, body > *')) {
    const el = host.shadowRoot?.querySelector(banner.shadow);
    if (el) return el;
  }
  return null;
}

/**
 * @param {{ banner: { css?: string, shadow?: string } | null, timeout: number, timeCookieRead?: boolean }} options
 *   `banner` says how `findBanner` finds the banner, which must be in scope (see `probeScript`). `timeCookieRead`
 *   (only on the page without a widget, where nothing else reads it) times the page's first `document.cookie` read.
 */
export function probe({ banner, timeout, timeCookieRead }) {
  const bench = { longTasks: [], cls: 0, fcpAt: null, clickAt: null, bannerAt: null, analyticsAt: null, cookieReadMs: null };
  if (timeCookieRead) {
    // The first read of a page asks the browser process for the cookies; later reads come from a cache.
    const start = performance.now();
    void document.cookie;
    bench.cookieReadMs = performance.now() - start;
  }
  const waiters = { banner: [], analytics: [] };
  const reached = (key, time) => {
    if (bench[`${key}At`] !== null) return;
    bench[`${key}At`] = time;
    for (const resolve of waiters[key].splice(0)) resolve(time);
  };
  /** Resolves with the time `key` happened (ms since navigation start), or null if it hasn't within `ms`. */
  bench.waitFor = (key, ms = timeout) =>
    new Promise((resolve) => {
      if (bench[`${key}At`] !== null) return resolve(bench[`${key}At`]);
      waiters[key].push(resolve);
      setTimeout(() => resolve(bench[`${key}At`]), ms);
    });
  window.__bench = bench;

  // The analytics stub runs `window.__analyticsStart ??= performance.now()`.
  Object.defineProperty(window, '__analyticsStart', {
    configurable: true,
    get: () => bench.analyticsAt,
    set: (time) => reached('analytics', time),
  });

  // Event.timeStamp shares performance.now()'s time origin. Capture phase: a widget can't hide its clicks.
  addEventListener('click', (e) => (bench.clickAt ??= e.timeStamp), true);

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) bench.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Total blocking time counts from the first contentful paint, as Lighthouse counts it.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcpAt = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // Not measured is not zero: the figures say n/a rather than pass.
    bench.longTasks = bench.cls = null;
  }

  if (!banner) return;
  const find = () => findBanner(banner);
  // Visible means laid out with a size, not visibility:hidden and not fully transparent (peers fade in).
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  // Checking every frame for seconds would cost more script time than some widgets do, so a check runs
  // only in the frame after a DOM change, and every frame while the banner exists but isn't visible yet.
  const stopAt = performance.now() + timeout;
  let scheduled = false;
  const schedule = () => {
    if (scheduled || bench.bannerAt !== null || performance.now() > stopAt) return;
    scheduled = true;
    // A requestAnimationFrame callback runs just before the frame it belongs to is painted. Its argument is the
    // frame's start, which a busy main thread can leave far behind, before the banner even existed: the time is
    // read when the check runs instead.
    requestAnimationFrame(check);
  };
  const watcher = new MutationObserver(schedule);
  const options = { childList: true, subtree: true, attributes: true };
  const check = () => {
    scheduled = false;
    const el = find();
    if (el && visible(el)) {
      watcher.disconnect();
      return reached('banner', performance.now());
    }
    if (el) schedule();
  };
  // Changes inside a shadow root don't reach an observer of the document, so each new root is watched too.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (bench.bannerAt === null) watcher.observe(root, options);
    return root;
  };
  watcher.observe(document, options);
  schedule();
}

/** The probe as an init script, with `findBanner` beside it: a function handed to the page takes nothing from here. */
export const probeScript = (options) => `(() => { ${findBanner}; (${probe})(${JSON.stringify(options)}); })();`;
