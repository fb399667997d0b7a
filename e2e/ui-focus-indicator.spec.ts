import { expect, test, type Locator, type Page } from '@playwright/test';
import { focused, tabTo } from './ui-helpers.js';

/*
 * WCAG 2.4.7 Focus Visible: every control of the banner and of the preferences dialog, reached with Tab, shows
 * a focus indicator. "Visible" is measured on the focused element inside Assent's shadow root: an outline that is
 * drawn (style not none, width above 0, colour not transparent), or a box-shadow.
 */

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

interface Indicator {
  id: string;
  kind: string;
  inAssent: boolean;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

/**
 * The focused element, looking through shadow roots, and how its focus is drawn. It is named by its action, its
 * id, the region it discloses, or its tag and label, in that order.
 */
const indicator = (page: Page): Promise<Indicator> =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inAssent = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.tagName === 'ASSENT-UI') inAssent = true;
      el = el.shadowRoot.activeElement;
    }
    const cs = getComputedStyle(el!);
    const kind = el!.tagName === 'INPUT' ? `input[${(el as HTMLInputElement).type}]` : `${el!.tagName.toLowerCase()}.${el!.className || '-'}`;
    const id =
      el!.getAttribute('data-assent-action') ??
      (el!.id ? `#${el!.id}` : null) ??
      (el!.getAttribute('aria-controls') ? `controls:${el!.getAttribute('aria-controls')}` : null) ??
      `${el!.tagName.toLowerCase()}:${(el!.getAttribute('aria-label') ?? el!.textContent ?? '').trim().slice(0, 40)}`;
    return {
      id,
      kind,
      inAssent,
      focusVisible: el!.matches(':focus-visible'),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
    };
  });

const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

function expectVisibleIndicator(i: Indicator) {
  const outline = i.outlineStyle !== 'none' && i.outlineWidth > 0 && !transparent(i.outlineColor);
  const shadow = i.boxShadow !== 'none' && i.boxShadow !== '';
  expect(outline || shadow, `${i.id} (${i.kind}) has no visible focus indicator: ${JSON.stringify(i)}`).toBe(true);
}

/** Every keyboard-reachable control in a part of Assent's interface, named as `indicator()` names them. */
const controls = (scope: Locator) =>
  scope.evaluate((root) =>
    [...root.querySelectorAll('button, a[href], input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !(el as HTMLElement).closest('[hidden]'))
      .map((el) =>
        el.getAttribute('data-assent-action') ??
        (el.id ? `#${el.id}` : null) ??
        (el.getAttribute('aria-controls') ? `controls:${el.getAttribute('aria-controls')}` : null) ??
        `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
      ),
  );

/**
 * Presses Tab until focus has visited every one of `want` (or `max` presses), checking the indicator of each
 * focused control inside Assent. Returns the kinds of element seen. `expand` presses Enter on a collapsed
 * disclosure so the links it hides are reached too.
 */
async function tabThrough(page: Page, want: () => Promise<string[]>, { max = 60, expand = false } = {}) {
  const seen = new Set<string>();
  const kinds = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await indicator(page);
    const id = current.id;
    if (current.inAssent) {
      expect(current.focusVisible, `${id} matches :focus-visible after Tab`).toBe(true);
      expectVisibleIndicator(current);
      seen.add(id);
      kinds.add(current.kind);
      if (expand && current.kind.includes('disclosure')) {
        const collapsed = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('aria-expanded') === 'false';
        });
        if (collapsed) await page.keyboard.press('Enter');
      }
    }
    const all = await want();
    if (all.every((w) => seen.has(w))) return { seen, kinds };
  }
  const missing = (await want()).filter((w) => !seen.has(w));
  throw new Error(`Tab never reached ${missing.join(', ')}`);
}

for (const layout of ['bar', 'modal'] as const) {
  test(`WCAG 2.4.7: every control of the ${layout} banner shows a focus indicator when reached with Tab`, async ({ page }) => {
    await page.goto(`/test/ui-banner.html?layout=${layout}`);
    const banner = page.locator('[data-assent-banner]');
    await expect(banner).toBeVisible();
    const want = await controls(banner);
    expect(want.sort()).toEqual(['accept-all', 'button:Privacy policy', 'customize', 'reject-all']);
    const { seen } = await tabThrough(page, async () => want);
    expect([...seen].sort()).toEqual(want);
  });
}

test('WCAG 2.4.7: every control of the preferences dialog, close button, checkboxes, disclosures, links and buttons, shows a focus indicator when reached with Tab', async ({ page }) => {
  await page.goto('/test/ui-banner.html');
  await expect(page.locator('[data-assent-banner]')).toBeVisible();
  await tabTo(page, 'customize');
  await page.keyboard.press('Enter');
  const prefs = page.locator('[data-assent-preferences]');
  await expect(prefs).toBeVisible();
  // Focus moved in on open: check the first control where it landed, then tab round the whole dialog.
  expect(await focused(page)).toBe('button:Close');
  const { seen, kinds } = await tabThrough(page, () => controls(prefs), { expand: true });
  const all = await controls(prefs);
  expect([...seen].sort()).toEqual([...all].sort());
  // Every kind of control the dialog has was among those checked.
  expect([...kinds].sort()).toEqual(
    expect.arrayContaining(['a.-', 'button.btn', 'button.close', 'button.link disclosure no-print', 'input[checkbox]']),
  );
  expect(all).toEqual(expect.arrayContaining(['button:Close', '#assent-cat-analytics', 'save', 'accept-all', 'reject-all']));
  expect(all.filter((c) => c.startsWith('a:Privacy policy of')).length).toBeGreaterThan(0);
});
