// A small static server for the benchmark: bench/pages/ at /, the build at /dist/, the peers from /node_modules/.
// Every response is gzip-compressed when the browser asks for it and marked no-store, so each run downloads
// what a first-time visitor would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function locate(pathname, dist) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/dist/')) return join(root, dist, clean.slice('/dist/'.length));
  if (clean.startsWith('/node_modules/')) return join(root, clean);
  return join(root, 'bench', 'pages', clean);
}

/** Starts the server on a free port (or `port`) and resolves with it and its origin. */
export function startBenchServer({ dist = 'dist', port = 0 } = {}) {
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = locate(url.pathname, dist);
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      let out = body;
      if (gzip) {
        headers['content-encoding'] = 'gzip';
        // Compressed once per file and content: compression time is the server's, not the widget's.
        const key = `${file}:${info.mtimeMs}:${info.size}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        out = gzipped.get(key);
      }
      headers['content-length'] = String(out.length);
      res.writeHead(200, headers);
      res.end(out);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}
