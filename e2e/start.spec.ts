import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/** A port the OS says is free now, so runs side by side don't race for one fixed port. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

test('npm start builds, then serves the demo at the URL it prints', async ({ page }) => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  expect(scripts.start).toBe('npm run build && node demo/server.mjs');

  // The build itself runs before the e2e suite; here the serving half runs as `npm start` runs it.
  const port = await freePort();
  const server = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, PORT: String(port) } });
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
    expect(url).toBe(`http://localhost:${port}/`);
    await page.goto(url);
    const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const site of ['opexcore', 'opsos', 'orchestrate', 'opsiq']) {
      expect(links.some((href) => href?.includes(site))).toBe(true);
    }
  } finally {
    server.kill();
  }
});
