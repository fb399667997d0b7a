import { expect, test as base, type BrowserContext, type Locator, type Page } from '@playwright/test';

/*
 * Shared by the demo-site specs: reading a page's own Assent config, the "declared storage only" check, and a
 * guard that fails any test whose page reported a Content-Security-Policy violation (every demo page carries
 * the strict policy `default-src 'self'; script-src 'self'; style-src 'self'`).
 */

type Entry = string | { name: string };
interface DemoConfig {
  cookie?: { name?: string; days?: number };
  mode?: string;
  region?: string;
  categories: {
    id: string;
    required?: boolean;
    services?: { id: string; cookies?: Entry[]; localStorage?: Entry[]; sessionStorage?: Entry[] }[];
  }[];
  ui?: { policy?: { pending?: { effective: string } }; selfService?: boolean };
}

export type StorageKind = 'cookies' | 'localStorage' | 'sessionStorage';

/** What a site wrote, by kind, as names. */
export type Written = Record<StorageKind, string[]>;

export const test = base.extend<{ cspViolations: string[]; assentWarnings: string[] }>({
  // A config key Assent doesn't know, or a config it rejects, is reported on the console: a demo must have none.
  assentWarnings: [
    async ({ page }, use) => {
      const seen: string[] = [];
      page.on('console', (m) => {
        if ((m.type() === 'error' || m.type() === 'warning') && m.text().startsWith('Assent')) seen.push(m.text());
      });
      await use(seen);
      expect(seen, 'Assent must not warn about the demo config').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const seen: string[] = [];
      await use(seen);
      for (const p of page.context().pages()) {
        if (p.isClosed()) continue;
        seen.push(...(await p.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [])));
      }
      expect(seen, 'the page must work under its strict Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The config exactly as Assent read it: the page's own #assent-config JSON. */
export async function readConfig(page: Page): Promise<DemoConfig> {
  const text = await page.locator('#assent-config').textContent();
  return JSON.parse(text ?? '') as DemoConfig;
}

const entryName = (e: Entry) => (typeof e === 'string' ? e : e.name);

/** Every name or `/regex/` the config declares for one kind of storage. */
export function declared(config: DemoConfig, kind: StorageKind): string[] {
  return config.categories.flatMap((c) => (c.services ?? []).flatMap((s) => (s[kind] ?? []).map(entryName)));
}

function matcher(declaration: string): (name: string) => boolean {
  const m = /^\/(.+)\/([a-z]*)$/.exec(declaration);
  if (!m) return (name) => name === declaration;
  const re = new RegExp(m[1]!, m[2]);
  return (name) => re.test(name);
}

/** The names in `written` that the config's cookie table does not list. Empty means the site kept its word. */
export function undeclared(config: DemoConfig, written: Written): string[] {
  return (['cookies', 'localStorage', 'sessionStorage'] as const).flatMap((kind) => {
    const tests = declared(config, kind).map(matcher);
    return written[kind].filter((name) => !tests.some((t) => t(name))).map((name) => `${kind}: ${name}`);
  });
}

/** Every cookie in the browser context (any path) and every storage key of the page's origin. */
export async function written(page: Page, context: BrowserContext = page.context()): Promise<Written> {
  const cookies = (await context.cookies()).map((c) => c.name);
  const { local, session } = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  return { cookies, localStorage: local, sessionStorage: session };
}

/** Fails if the page wrote any cookie or storage key its own cookie table doesn't declare. */
export async function expectOnlyDeclaredStorage(page: Page): Promise<Written> {
  const config = await readConfig(page);
  const now = await written(page);
  expect(undeclared(config, now), 'every cookie and storage key must be in the site\'s cookie table').toEqual([]);
  return now;
}

/** The consent banner, inside Assent's shadow root (Playwright's CSS locators pierce open shadow roots). */
export const banner = (page: Page): Locator => page.locator('[data-assent-banner]');
export const preferences = (page: Page): Locator => page.locator('[data-assent-preferences]');
export const action = (scope: Locator, name: string): Locator => scope.locator(`[data-assent-action="${name}"]`);

/** Records every request path the page makes, so a test can say a script was never fetched. */
export function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

/** Waits until a cookie exists (vendor stubs and Assent write them asynchronously). */
export async function waitForCookie(context: BrowserContext, name: string) {
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === name), { message: `cookie ${name}` }).toBe(true);
}

/** The names in the cookie tables Assent rendered inside a root (policy page or preferences dialog). */
export async function tableNames(root: Locator): Promise<string[]> {
  return (await root.locator('[data-assent-category] table tbody tr td:first-child').allTextContents()).map((s) => s.trim());
}
