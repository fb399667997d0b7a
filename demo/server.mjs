// Serves the demo sites and the built library, gzip-compressed, on localhost.
// Any page whose file name contains ".csp." is sent with a strict Content-Security-Policy, and one whose name
// contains ".sandbox." is sandboxed without its origin: its cookies and storage throw, as when a browser blocks them.
// /cdn/* is the build again, sent with `Access-Control-Allow-Origin: *` as a CDN would; /dist/* is sent without it.
// POST /records is the demo sites' proof log (their `recordUrl`), kept in memory; /records.json gives it back.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 4173);
// Parallel work can build into another directory (DIST_DIR=dist-x) without disturbing a running server.
const dist = process.env.DIST_DIR ?? 'dist';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** /dist/* and /cdn/* come from the build, /node_modules/* for benchmark peers, everything else from demo/. */
function locate(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const dir of ['/dist/', '/cdn/']) if (clean.startsWith(dir)) return join(root, dist, clean.slice(dir.length));
  if (clean.startsWith('/node_modules/')) return join(root, clean);
  return join(root, 'demo', clean);
}

/** Reads a request body of at most `limit` bytes; a longer one is cut off and fails to parse. */
async function bodyOf(req, limit = 64 * 1024) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > limit) break;
  }
  return text;
}

export function startServer(listenPort = port) {
  // The newest records first, as a site's log would show them; only the latest few, since nothing is ever pruned.
  const records = [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/records' && req.method === 'POST') {
        // A beacon says which page sent it only in its Referer: that names the demo site.
        const from = req.headers.referer ? new URL(req.headers.referer).pathname : '';
        try {
          records.unshift({ received: new Date().toISOString(), page: from, record: JSON.parse(await bodyOf(req)) });
          records.length = Math.min(records.length, 200);
        } catch {
          // Not a record: nothing to keep.
        }
        res.writeHead(204);
        return void res.end();
      }
      if (url.pathname === '/records.json') {
        res.writeHead(200, { 'content-type': types['.json'], 'cache-control': 'no-store' });
        return void res.end(JSON.stringify(records));
      }
      // ?delay=ms holds a response back, so tests can prove ordering does not depend on download speed.
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 5000)));
      // Pages without an icon link (the test pages) get the demo's icon instead of a 404 in their console.
      let file = locate(url.pathname === '/favicon.ico' ? '/assets/favicon.svg' : url.pathname);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (file.includes('.csp.')) headers['content-security-policy'] = STRICT_CSP;
      if (file.includes('.sandbox.')) headers['content-security-policy'] = 'sandbox allow-scripts';
      if (url.pathname.startsWith('/cdn/')) headers['access-control-allow-origin'] = '*';
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (gzip) headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((done) => server.listen(listenPort, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await startServer();
  console.log(`Assent demo: http://localhost:${port}/`);
}
