import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieStorage } from './cookie-storage.js';
import { recordCookieWrites as writes } from './cookie-writes.js';

afterEach(() => {
  document.cookie = 'c=; Max-Age=0; path=/';
});

describe('the consent cookie', () => {
  it('is written with Path=/, SameSite=Lax and the configured lifetime, host-only by default', () => {
    const w = writes();
    cookieStorage({ name: 'c', days: 30, secure: false }).write('1.x');
    w.restore();
    const set = w.seen.at(-1)!;
    expect(set).toMatch(/^c=1\.x; /);
    expect(set.split('; ').slice(1).sort()).toEqual([expect.stringMatching(/^expires=/), 'path=/', 'sameSite=Lax']);
    const expires = Date.parse(/expires=([^;]+)/.exec(set)![1]!);
    expect(Math.round((expires - Date.now()) / 864e5)).toBe(30);
  });

  it('runs out when the choice it holds does, when told', () => {
    const w = writes();
    const until = new Date(Date.now() + 10 * 864e5);
    cookieStorage({ name: 'c', days: 30, secure: false }).write('1.x', until);
    w.restore();
    expect(w.seen.at(-1)).toContain(`expires=${until.toUTCString()}`);
  });

  it('adds Secure on https and Domain only when configured', () => {
    const w = writes();
    cookieStorage({ name: 'c', days: 1, secure: true, domain: 'example.com' }).write('1.x');
    w.restore();
    const set = w.seen.at(-1)!;
    expect(set).toMatch(/^c=1\.x; /);
    expect(set).toMatch(/; domain=example\.com/);
    expect(set).toMatch(/; secure/);
    // The host-only copy a site had before it set a domain goes.
    expect(w.seen.slice(0, -1)).toEqual([expect.stringMatching(/^c=; path=\/; sameSite=Lax; expires=[^;]+; secure$/)]);
  });

  it('removes its copies on this page\'s narrower paths when it writes, so no older choice can hide the new one', () => {
    history.pushState({}, '', '/app/page');
    try {
      const w = writes();
      cookieStorage({ name: 'c', days: 30, secure: false }).write('1.x');
      w.restore();
      const removed = w.seen.filter((v) => /^c=; /.test(v)).map((v) => /path=([^;]+)/.exec(v)![1]);
      expect(removed).toEqual(['/', '/app', '/app/', '/app/page']);
      expect(w.seen.at(-1)).toMatch(/^c=1\.x; .*path=\//);
    } finally {
      history.pushState({}, '', '/');
    }
  });

  it('reads two different values of its cookie as no choice, and one value written twice as that value', () => {
    document.cookie = 'c=1.a; path=/';
    const s = cookieStorage({ name: 'c', days: 1, secure: false });
    expect(s.read()).toBe('1.a');
    const read = vi.spyOn(Document.prototype, 'cookie', 'get');
    read.mockReturnValue('c=1.b; other=1; c=1.a');
    expect(s.read()).toBeUndefined();
    read.mockReturnValue('c=1.a; c=1.a');
    expect(s.read()).toBe('1.a');
    read.mockRestore();
  });

  it('reads back what it wrote and clears it', () => {
    const s = cookieStorage({ name: 'c', days: 1, secure: false });
    expect(s.write('1.abc')).toBe(true);
    expect(s.read()).toBe('1.abc');
    s.clear();
    expect(s.read()).toBeUndefined();
  });

  it('keeps the value in memory when the browser refuses cookies', () => {
    const set = vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(() => {});
    const s = cookieStorage({ name: 'c', days: 1, secure: false });
    expect(s.write('1.abc')).toBe(false);
    expect(s.read()).toBe('1.abc');
    set.mockRestore();
  });
});
