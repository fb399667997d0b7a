import { expect, test, type Page } from '@playwright/test';

type AssentWindow = Window & { Assent: import('../src/entries/script-tag-assent.js').ScriptTagAssent };
const VIDEO = 'https://www.youtube-nocookie.com/embed/';

/** Documents requested from hosts other than this site (the player's own script and style aside). */
function hosts(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.hostname !== 'localhost' && !u.pathname.startsWith('/vendor/')) seen.push(u.hostname + u.pathname);
  });
  return seen;
}
const src = (page: Page, id: string) => page.locator(`#${id}`).getAttribute('src');

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  // The video host is answered by the local player stand-in and its two files.
  await context.route(`${VIDEO}**`, (route) => route.fulfill({ path: 'demo/vendor/video.html' }));
  await context.route('https://www.youtube-nocookie.com/vendor/*', (route) =>
    route.fulfill({ path: 'demo/vendor/' + new URL(route.request().url()).pathname.split('/').pop() }),
  );
});

test.describe('gated embeds', () => {
  test('stay without src, and nothing is requested from their hosts, before consent', async ({ page }) => {
    const requested = hosts(page);
    await page.goto('/test/integrations-embeds.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    for (const id of ['tour', 'webinar', 'map']) expect(await src(page, id)).toBeNull();
    expect(requested).toEqual([]);
  });

  test('a grant through the API loads every embed of that category and no other', async ({ page }) => {
    const requested = hosts(page);
    await page.goto('/test/integrations-embeds.html');
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ marketing: true }));
    expect(await src(page, 'tour')).toBe(VIDEO + 'tour');
    expect(await src(page, 'webinar')).toBe(VIDEO + 'webinar');
    expect(await src(page, 'map')).toBeNull();
    await expect.poll(() => requested.sort()).toEqual(['www.youtube-nocookie.com/embed/tour', 'www.youtube-nocookie.com/embed/webinar']);
  });

  test('an embed added after load waits too, and loads once granted', async ({ page }) => {
    await page.goto('/test/integrations-embeds.html');
    await page.click('#add');
    await page.waitForTimeout(100);
    expect(await src(page, 'added')).toBeNull();
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ marketing: true }));
    expect(await src(page, 'added')).toBe(VIDEO + 'added');
  });

  test('a placeholder leaves with the frame a single-page app takes away, and comes back with it', async ({ page }) => {
    await page.goto('/test/integrations-embeds.html');
    const placeholders = page.locator('assent-placeholder');
    await expect(placeholders).toHaveCount(3);
    await page.evaluate(() => {
      const w = window as unknown as { kept: Element };
      w.kept = document.getElementById('tour')!;
      w.kept.remove();
    });
    await expect(placeholders).toHaveCount(2);
    await expect(page.locator('[data-assent-placeholder="marketing"]')).toHaveCount(1);
    await page.evaluate(() => document.querySelector('h1')!.after((window as unknown as { kept: Element }).kept));
    await expect(placeholders).toHaveCount(3);
    await expect(page.locator('#tour')).toBeHidden();
    expect(await src(page, 'tour')).toBeNull();
  });

  test('"Load this content" loads only that embed and changes no choice', async ({ page }) => {
    const requested = hosts(page);
    await page.goto('/test/integrations-embeds.html');
    const placeholder = page.locator('[data-assent-placeholder="marketing"]').first();
    await placeholder.getByRole('button', { name: 'Load this content' }).click();
    await expect.poll(() => src(page, 'tour')).toBe(VIDEO + 'tour');
    expect(await src(page, 'webinar')).toBeNull();
    await expect.poll(() => requested).toEqual(['www.youtube-nocookie.com/embed/tour']);
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
  });

  test('"Load this content" sends the site\'s log proof of that consent: the embed, its address and the texts shown', async ({ page }) => {
    // The test page's config, with a log to send records to.
    await page.route('**/test/integrations-embeds.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace('"categories"', '"recordUrl": "/records", "categories"') });
    });
    const sent: Record<string, unknown>[] = [];
    await page.route('**/records', (route) => {
      sent.push(JSON.parse(route.request().postData() ?? 'null') as Record<string, unknown>);
      return route.fulfill({ status: 204 });
    });
    await page.goto('/test/integrations-embeds.html');
    await page.locator('[data-assent-placeholder="marketing"]').first().getByRole('button', { name: 'Load this content' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toMatchObject({
      action: 'load_once',
      source: 'embed',
      categories: { necessary: true, marketing: false, maps: false },
      embed: { category: 'marketing', src: VIDEO + 'tour' },
      language: 'en',
      texts: [
        'Product tour is blocked until you allow Marketing and media.',
        'Measures campaigns and shows more relevant ads, here and on other sites.',
        'Load this content',
      ],
    });
    // It is no decision: nothing is stored.
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.get())).toBeNull();
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('embeds_consent');
  });

  test('a placeholder takes its embed\'s height, so nothing moves, and keyboard focus goes on to the embed it loaded', async ({ page }) => {
    // Frames laid out as blocks, as responsive embeds are (these sit inline, side by side, on the test page).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'iframe { display: block }' }))),
    );
    await page.goto('/test/integrations-embeds.html');
    const placeholders = page.locator('[data-assent-placeholder]');
    await expect(placeholders).toHaveCount(3);
    // The frames are 270 px tall plus the browser's default frame border.
    for (const height of await placeholders.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      expect(height).toBeGreaterThanOrEqual(270);
      expect(height).toBeLessThan(280);
    }
    const below = () => page.locator('#add').evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const still = async (before: number) => expect(Math.abs((await below()) - before)).toBeLessThanOrEqual(1);
    const before = await below();
    const load = page.locator('[data-assent-placeholder="maps"]').getByRole('button', { name: 'Load this content' });
    await load.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => src(page, 'map')).not.toBeNull();
    await expect(page.locator('#map')).toBeFocused();
    await still(before);
    // "Always allow" from the keyboard: the embed it sat in front of takes focus.
    await page.locator('[data-assent-placeholder="marketing"]').first().getByRole('button', { name: /^Always allow/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#tour')).toBeFocused();
    await still(before);
  });

  test('"Always allow" shows the space between its words and the category\'s title', async ({ page }) => {
    await page.goto('/test/integrations-embeds.html');
    const button = page.locator('[data-assent-placeholder="marketing"]').first().getByRole('button', { name: /^Always allow/ });
    await expect(button).toBeVisible();
    // The gap between the end of "allow" and the start of the title, as drawn.
    const gap = await button.evaluate((el) => {
      const title = el.querySelector('bdi')!;
      const text = [...el.querySelectorAll('*'), el].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === 3 && n.textContent!.includes('allow'))!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('allow');
      range.setStart(text, at);
      range.setEnd(text, at + 5);
      return title.getBoundingClientRect().left - range.getBoundingClientRect().right;
    });
    expect(gap).toBeGreaterThan(2);
  });

  test('"Always allow" grants the category and loads all of its embeds, including ones added later', async ({ page }) => {
    await page.goto('/test/integrations-embeds.html');
    await page.click('#add');
    await page.locator('[data-assent-placeholder="marketing"]').first().getByRole('button', { name: /^Always allow/ }).click();
    await expect.poll(() => src(page, 'webinar')).toBe(VIDEO + 'webinar');
    expect(await src(page, 'tour')).toBe(VIDEO + 'tour');
    expect(await src(page, 'added')).toBe(VIDEO + 'added');
    expect(await src(page, 'map')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as AssentWindow).Assent.has('marketing'))).toBe(true);
    await expect(page.locator('[data-assent-placeholder="marketing"]')).toHaveCount(0);
  });

  test('a revoke unloads the embeds of that category and brings their placeholders back; one loaded just once stays', async ({ page }) => {
    await page.goto('/test/integrations-embeds.html');
    // "Load this content" on the map: its category is never granted, so no revoke concerns it.
    await page.locator('[data-assent-placeholder="maps"]').getByRole('button', { name: 'Load this content' }).click();
    await expect.poll(() => src(page, 'map')).not.toBeNull();
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ marketing: true }));
    await expect(page.locator('[data-assent-placeholder="marketing"]')).toHaveCount(0);
    const frames = () => page.frames().map((f) => f.url()).filter((u) => u.startsWith(VIDEO)).sort();
    await expect.poll(frames).toEqual([VIDEO + 'tour', VIDEO + 'webinar']);
    // A framework that rendered the frame holds on to that very element.
    await page.evaluate(() => ((window as unknown as { __tour: Element | null }).__tour = document.getElementById('tour')));
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ marketing: false }));
    await expect(page.locator('[data-assent-placeholder="marketing"]')).toHaveCount(2);
    expect(await src(page, 'tour')).toBeNull();
    expect(await src(page, 'webinar')).toBeNull();
    await expect.poll(frames).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __tour: Element | null }).__tour === document.getElementById('tour'))).toBe(true);
    expect(await src(page, 'map')).not.toBeNull();
    // The placeholder that came back loads its embed once, as the first one did.
    await page.locator('[data-assent-placeholder="marketing"]').first().getByRole('button', { name: 'Load this content' }).click();
    await expect.poll(() => src(page, 'tour')).toBe(VIDEO + 'tour');
    await expect(page.locator('[data-assent-placeholder="marketing"]')).toHaveCount(1);
    // Granting again loads them all again.
    await page.evaluate(() => (window as unknown as AssentWindow).Assent.set({ marketing: true }));
    await expect.poll(() => src(page, 'webinar')).toBe(VIDEO + 'webinar');
    await expect(page.locator('[data-assent-placeholder="marketing"]')).toHaveCount(0);
  });

  test('the placeholders work by keyboard', async ({ page }) => {
    await page.goto('/test/integrations-embeds.html');
    const load = page.locator('[data-assent-placeholder="marketing"]').first().getByRole('button', { name: 'Load this content' });
    await load.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => src(page, 'tour')).toBe(VIDEO + 'tour');
  });
});
