import type { Page } from '@playwright/test';

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
