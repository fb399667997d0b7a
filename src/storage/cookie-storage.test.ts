import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieStorage } from './cookie-storage.js';

const writes = () => {
  const seen: string[] = [];
  const real = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const spy = vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(function (this: Document, v: string) {
    seen.push(v);
    real.set!.call(this, v);
  });
  return { seen, restore: () => spy.mockRestore() };
};

afterEach(() => {
  document.cookie = 'c=; Max-Age=0; path=/';
});

describe('the consent cookie', () => {
  it('is written with Path=/, SameSite=Lax and the configured lifetime, host-only by default', () => {
    const w = writes();
    cookieStorage({ name: 'c', days: 30, secure: false }).write('1.x');
    w.restore();
    expect(w.seen[0]).toMatch(/^c=1\.x; /);
    expect(w.seen[0]!.split('; ').slice(1).sort()).toEqual([expect.stringMatching(/^expires=/), 'path=/', 'sameSite=Lax']);
    const expires = Date.parse(/expires=([^;]+)/.exec(w.seen[0]!)![1]!);
    expect(Math.round((expires - Date.now()) / 864e5)).toBe(30);
  });

  it('runs out when the choice it holds does, when told', () => {
    const w = writes();
    const until = new Date(Date.now() + 10 * 864e5);
    cookieStorage({ name: 'c', days: 30, secure: false }).write('1.x', until);
    w.restore();
    expect(w.seen[0]).toContain(`expires=${until.toUTCString()}`);
  });

  it('adds Secure on https and Domain only when configured', () => {
    const w = writes();
    cookieStorage({ name: 'c', days: 1, secure: true, domain: 'example.com' }).write('1.x');
    w.restore();
    expect(w.seen[0]).toMatch(/; domain=example\.com/);
    expect(w.seen[0]).toMatch(/; secure/);
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
