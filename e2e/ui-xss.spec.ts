import { expect, test } from '@playwright/test';

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

/** Every href and event-handler attribute in the document and all open shadow roots. */
const deepScan = () => {
  const hrefs: string[] = [];
  const handlers: string[] = [];
  const tags: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const href = el.getAttribute('href');
      if (href !== null) hrefs.push(href);
      for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) handlers.push(`${el.tagName} ${a.name}`);
      if (el.shadowRoot) {
        tags.push(...Array.from(el.shadowRoot.querySelectorAll('script, img, iframe, svg:not([aria-hidden]), style')).map((x) => x.tagName));
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return { hrefs, handlers, tags };
};

test('a policy full of script, handlers and javascript: links renders as harmless text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/test/ui-xss.html');
  const inline = page.locator('[data-assent-policy-view]');
  await expect(inline.locator('h2#policy')).toBeVisible();
  await expect(inline).toContainText("<script>window.__xss = 'script'</script>");
  await expect(inline).toContainText('<img src="x" onerror=');
  await page.getByRole('button', { name: 'Open the policy' }).click();
  await expect(page.locator('[data-assent-policy-dialog] h3#policy')).toBeVisible();

  await page.waitForTimeout(300);

  const scan = await page.evaluate(deepScan);
  expect(scan.hrefs.filter((h) => !/^(https?:|mailto:|#|\/)/i.test(h.trim()))).toEqual([]);
  expect(scan.hrefs.some((h) => /script:/i.test(h))).toBe(false);
  expect(scan.handlers).toEqual([]);
  expect(scan.tags).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The one safe link survived.
  await expect(inline.locator('a[href="https://example.com/"]')).toHaveCount(1);
});
