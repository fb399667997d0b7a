// Prints the gzip size of what a visitor downloads: the gate on every page view, the engine when the script tag
// needs it, the UI chunk and what it imports
// when something is shown, and the pieces fetched only on demand (the policy viewer, one locale per visitor).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// The build's directory, as vite.config.ts and the demo server read it: parallel work builds into its own.
const dist = process.env.DIST_DIR ?? 'dist';
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(2) + ' KB';
const chunks = readdirSync(join(dist, 'chunks')).map((f) => [f, gz(join(dist, 'chunks', f))]);
const locales = chunks.filter(([f]) => /^[a-z]{2}\.js$/.test(f));
const others = chunks.filter(([f]) => !/^[a-z]{2}\.js$/.test(f));
const sizes = locales.map(([, n]) => n);

console.log('\nSizes, gzip level 9:');
const row = (name, size) => console.log(`  ${name.padEnd(48)} ${size}`);
row(`${dist}/assent.js (gate)`, kb(gz(join(dist, 'assent.js'))));
row(`${dist}/assent-engine.js (engine, script tag)`, kb(gz(join(dist, 'assent-engine.js'))));
row(`${dist}/assent-ui.js (UI chunk)`, kb(gz(join(dist, 'assent-ui.js'))));
for (const [f, n] of others) row(join(dist, 'chunks', f), kb(n));
if (sizes.length) row(`${sizes.length} locale chunks, one per visitor`, `${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))}`);
