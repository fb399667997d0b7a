import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('npm start builds, then serves the demo at the URL it prints', async ({ page }) => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  expect(scripts.start).toBe('npm run build && node demo/server.mjs');

  // The build itself runs before the e2e suite; here the serving half runs as `npm start` runs it.
  const server = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, PORT: '4399' } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/localhost:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      server.on('exit', (code) => reject(new Error(`demo server exited with ${code}: ${out}`)));
    });
    expect(url).toBe('http://localhost:4399/');
    await page.goto(url);
    const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const site of ['opexcore', 'opsos', 'orchestrate', 'opsiq']) {
      expect(links.some((href) => href?.includes(site))).toBe(true);
    }
  } finally {
    server.kill();
  }
});
