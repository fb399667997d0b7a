// Prints the gzip size of what a visitor downloads: the gate alone, and the UI chunk with what it imports eagerly.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(2) + ' KB';
const rows = [['dist/assent.js (gate)', gz('dist/assent.js')], ['dist/assent-ui.js (UI chunk)', gz('dist/assent-ui.js')]];
for (const f of readdirSync('dist/chunks')) rows.push([join('dist/chunks', f), gz(join('dist/chunks', f))]);
console.log('\nSizes, gzip level 9:');
for (const [name, size] of rows) console.log(`  ${name.padEnd(48)} ${kb(size)}`);
