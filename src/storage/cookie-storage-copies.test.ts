// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.shop.example.com/app/page" }
import { describe, expect, it } from 'vitest';
import { cookieStorage } from './cookie-storage.js';
import { recordCookieWrites as writes } from './cookie-writes.js';

describe('the copies of the consent cookie a write replaces', () => {
  it('are every copy the page can see: host-only or on a parent domain, at / or any leading part of its path', () => {
    const w = writes();
    cookieStorage({ name: 'c', days: 30, secure: true }).write('1.x');
    w.restore();
    const removed = w.seen.slice(0, -1).map((v) => [/path=([^;]+)/.exec(v)![1], /domain=([^;]+)/.exec(v)?.[1] ?? '']);
    const domains = ['', '.www.shop.example.com', '.shop.example.com', '.example.com'];
    for (const path of ['/', '/app', '/app/', '/app/page']) {
      for (const domain of domains) expect(removed, `${path} ${domain}`).toContainEqual([path, domain]);
    }
    expect(removed).toHaveLength(16);
    // The new value is written last, host-only at /.
    expect(w.seen.at(-1)).toMatch(/^c=1\.x; path=\/; /);
    expect(w.seen.at(-1)).not.toMatch(/domain=/);
  });
});
