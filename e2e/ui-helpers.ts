import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent };

/** The consent record the page holds, through the public API. */
export const stored = (page: Page) => page.evaluate(() => (window as unknown as AssentWindow).Assent.get());

/** Describes the focused element, looking through shadow roots: `data-assent-action` value, id, or tag. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    return (
      el.getAttribute('data-assent-action') ??
      (el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`)
    );
  });

/** Presses Tab (or Shift+Tab) until `want` has focus; fails after `max` presses. */
export async function tabTo(page: Page, want: string, { max = 20, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await focused(page)) === want) return;
  }
  throw new Error(`Tab never reached ${want}; focus is on ${await focused(page)}`);
}

/** Waits until the interface's entry animations have finished, so boxes are measured where they come to rest. */
export const settled = (page: Page) =>
  page.evaluate(() => Promise.all(document.querySelector('assent-ui')!.shadowRoot!.getAnimations().map((a) => a.finished)));

/**
 * Fails unless the whole of `locator`'s box lies inside the viewport, as the page first shows it, and nothing
 * covers or clips it: its centre and four points near its edges hit the element itself (looking into shadow
 * roots), so a button cut off by the banner's own scroll area fails too. `toBeInViewport()` would pass a button
 * of which one pixel shows.
 */
export async function expectFullyInViewport(locator: Locator, label: string): Promise<void> {
  const viewport = locator.page().viewportSize()!;
  await expect(locator, label).toHaveCount(1);
  const box = await locator.boundingBox();
  expect(box, `${label} has a box`).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(width, `${label} width`).toBeGreaterThan(0);
  expect(height, `${label} height`).toBeGreaterThan(0);
  expect(x, `${label} left edge`).toBeGreaterThanOrEqual(0);
  expect(y, `${label} top edge`).toBeGreaterThanOrEqual(0);
  expect(x + width, `${label} right edge`).toBeLessThanOrEqual(viewport.width);
  expect(y + height, `${label} bottom edge`).toBeLessThanOrEqual(viewport.height);
  const hidden = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points: [number, number][] = [
      [0.5, 0.5], [0.1, 0.5], [0.9, 0.5], [0.5, 0.15], [0.5, 0.85],
    ];
    return points
      .map(([fx, fy]) => [r.left + r.width * fx, r.top + r.height * fy] as const)
      .filter(([px, py]) => {
        let hit = document.elementFromPoint(px, py);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(px, py);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return !hit || !el.contains(hit);
      })
      .map(([px, py]) => `${Math.round(px)},${Math.round(py)}`);
  });
  expect(hidden, `${label}: points covered or clipped`).toEqual([]);
}

/** What makes two buttons look alike: the first layer's choices must agree on all of it. */
const PROMINENCE = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-transform',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'color', 'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'opacity',
];

/** The computed styles of `locator` that decide how prominent it looks. */
export const prominence = (locator: Locator) =>
  locator.evaluate((el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  }, PROMINENCE);

/**
 * Opens `path` served with the Content-Security-Policy `csp`, and collects what reaches the page as an uncaught
 * error and what it logs as a console error.
 */
export async function openUnderCsp(page: Page, path: string, csp: string) {
  const uncaught: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  await page.goto(path);
  /** Which gated test scripts ran (the test pages push to `window.__ran`). */
  const ran = () => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran.slice().sort());
  return { uncaught, errors, ran };
}

/**
 * Opens the next load of the UI test page as a page drawn edge to edge (`viewport-fit=cover`) on a screen with
 * the given safe-area insets: a phone's notch and home indicator.
 */
export async function withNotch(page: Page, context: BrowserContext, insets: { top: number; left: number; right: number; bottom: number }) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });
  await page.route('**/test/ui-banner.html*', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('initial-scale=1"', 'initial-scale=1, viewport-fit=cover"');
    await route.fulfill({ response, body });
  });
}
