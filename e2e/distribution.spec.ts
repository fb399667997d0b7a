import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** The build under test: parallel runs each build into a directory of their own, as vite.config.ts reads it. */
const dist = process.env.DIST_DIR ?? 'dist';

/**
 * What `npm pack` would publish from this build. The package ships `dist/` whatever directory the build went to, so
 * the package is packed from a copy holding the build under that name, beside the sources it must leave out.
 */
function packedFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'assent-pack-'));
  try {
    cpSync('package.json', join(dir, 'package.json'));
    cpSync('LICENSE', join(dir, 'LICENSE'));
    cpSync('src', join(dir, 'src'), { recursive: true });
    cpSync(dist, join(dir, 'dist'), { recursive: true });
    const [pack] = JSON.parse(execFileSync('npm', ['pack', dir, '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    return pack.files.map((f: { path: string }) => f.path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('distribution', () => {
  test('npm pack lists the script-tag build and its engine, the ESM entries, the UI chunk and their types', () => {
    const files = packedFiles();
    for (const f of ['dist/assent.js', 'dist/assent-engine.js', 'dist/assent-ui.js', 'dist/index.js', 'dist/server.js', 'dist/types/index.d.ts', 'dist/types/server.d.ts']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f: string) => f.startsWith('src/'))).toEqual([]);
  });

  test('ships its own licence and, for each file, the licences of the open-source code bundled into it', () => {
    const files = packedFiles();
    expect(files).toContain('LICENSE');
    const listed = (build: string) => [...readFileSync(`${dist}/licenses/${build}.md`, 'utf8').matchAll(/^## (\S+) - \S+ \((\S+)\)$/gm)].map((m) => m[1]);
    expect(listed('ui').sort()).toEqual(['@preact/signals', '@preact/signals-core', 'i18next', 'marked', 'preact']);
    expect(listed('engine')).toEqual(['js-cookie']);
    for (const build of ['ui', 'engine', 'npm', 'iife']) expect(files).toContain(`dist/licenses/${build}.md`);
  });

  test('is self-contained: no file it ships imports another package, so installing it installs nothing else', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    const js = ['', 'chunks/'].flatMap((dir) => readdirSync(`${dist}/${dir}`).filter((f) => f.endsWith('.js')).map((f) => `${dist}/${dir}${f}`));
    expect(js.length).toBeGreaterThan(5);
    for (const file of js) {
      // `from"x"`, `import("x")` or `import "x"` with a specifier that isn't a relative path or a URL.
      const bare = [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport\(?)\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!).filter((s) => !/^(\.|\/|https?:)/.test(s));
      expect(bare, file).toEqual([]);
    }
  });

  test('the build reports the gzip size of the gate and of the UI chunk', () => {
    const out = execFileSync('node', ['scripts/report-sizes.mjs'], { encoding: 'utf8', env: { ...process.env, DIST_DIR: dist } });
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = (file: string, what: string) => new RegExp(`${literal(`${dist}/${file} (${what})`)}\\s+\\d+\\.\\d\\d KB`);
    expect(out).toMatch(row('assent.js', 'gate'));
    expect(out).toMatch(row('assent-engine.js', 'engine, script tag'));
    expect(out).toMatch(row('assent-ui.js', 'UI chunk'));
  });

  test("the files that run as soon as they arrive open with V8's compile-everything hint, and only those", () => {
    const first = (file: string) => readFileSync(file, 'utf8').split('\n')[0];
    const hinted = ['assent.js', 'assent-engine.js', 'assent-ui.js', ...readdirSync(`${dist}/chunks`).filter((f) => f.startsWith('i18next-')).map((f) => `chunks/${f}`)];
    // i18next and the code that sets it up both run in full, for every visitor in a language other than English.
    expect(hinted).toHaveLength(5);
    for (const file of hinted) expect(first(`${dist}/${file}`), file).toBe('//# allFunctionsCalledOnLoad');
    // The policy viewer and the locales run only in part, or are data: compiling all of it up front would be waste.
    for (const f of readdirSync(`${dist}/chunks`).filter((f) => !f.startsWith('i18next-'))) {
      expect(readFileSync(`${dist}/chunks/${f}`, 'utf8'), f).not.toContain('allFunctionsCalledOnLoad');
    }
  });

  test('importing the ESM package has no side effects', async ({ page, context }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/test/esm.html');
    await page.waitForFunction(() => 'createAssent' in ((window as unknown as { __esm?: object }).__esm ?? {}));
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => ({ assent: 'Assent' in window, dataLayer: 'dataLayer' in window, body: document.body.children.length }))).toEqual({
      assent: false,
      dataLayer: false,
      body: 1,
    });
    expect(requests.some((p) => p.includes('assent-ui'))).toBe(false);
  });

  test('an ESM instance decides and writes its cookie like the script tag', async ({ page, context }) => {
    await page.goto('/test/esm.html');
    await page.waitForFunction(() => 'createAssent' in ((window as unknown as { __esm?: object }).__esm ?? {}));
    const parsed = await page.evaluate(() => {
      type Esm = { createAssent: typeof import('../src/index.js').createAssent; parseConsentCookie: typeof import('../src/index.js').parseConsentCookie };
      const { createAssent, parseConsentCookie } = (window as unknown as { __esm: Esm }).__esm;
      const a = createAssent({ cookie: { name: 'spa' }, categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
      a.rejectAll();
      return parseConsentCookie(document.cookie.split('spa=')[1]);
    });
    expect(parsed!.categories).toEqual({ necessary: true, analytics: false });
    expect((await context.cookies()).map((c) => c.name)).toEqual(['spa']);
  });
});
