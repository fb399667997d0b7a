import { expect, expectOnlyDeclaredStorage, readConfig, test, undeclared, written } from './demo-fixtures.js';

/*
 * The "declared storage only" check every demo spec relies on must itself be able to fail: a cookie or a
 * storage key that the site's cookie table doesn't list is reported, by name or against a /regex/ declaration.
 */
test.describe('the declared-storage check', () => {
  test('reports a cookie and a localStorage key the site does not declare', async ({ page }) => {
    await page.goto('/opsos/');
    await expect.poll(async () => (await written(page)).cookies).toContain('opsos_session');
    await page.evaluate(() => {
      document.cookie = 'rogue_tracker=1; Path=/';
      localStorage.setItem('rogue_key', '1');
    });
    const found = undeclared(await readConfig(page), await written(page));
    expect(found).toEqual(['cookies: rogue_tracker', 'localStorage: rogue_key']);
    await expect(expectOnlyDeclaredStorage(page)).rejects.toThrow(/cookie table/);
  });

  test('accepts names matched by a declared /regex/, and nothing looser', async ({ page }) => {
    await page.goto('/opsos/');
    const config = await readConfig(page);
    const check = (cookies: string[]) => undeclared(config, { cookies, localStorage: [], sessionStorage: [] });
    expect(check(['_ga', '_ga_ABC123', 'opsos_consent'])).toEqual([]);
    expect(check(['_ga_abc', 'x_ga_ABC', '_gat'])).toEqual(['cookies: _ga_abc', 'cookies: x_ga_ABC', 'cookies: _gat']);
  });

  test('the CSP guard sees a violation on a demo page', async ({ page, cspViolations }) => {
    await page.goto('/orchestrate/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.head.append(s);
    });
    const seen = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await expect.poll(seen).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    // Clear the record so the guard itself lets this test pass.
    await page.evaluate(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations = []));
    expect(cspViolations).toEqual([]);
  });
});
