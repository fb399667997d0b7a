// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeEnvironment } from '../core/fake-environment.js';
import type { Service } from '../core/model.js';
import { removeTraces } from './remove-traces.js';

function fakeBrowser(cookie: string, hostname: string, keys: Record<string, string> = {}) {
  const writes: string[] = [];
  const store = { ...keys } as Record<string, string>;
  const storage = Object.assign(Object.create({ removeItem: (k: string) => delete store[k] }), store) as Storage;
  Object.defineProperty(storage, 'removeItem', { value: (k: string) => delete (storage as unknown as Record<string, string>)[k] });
  const document = {
    get cookie() {
      return cookie;
    },
    set cookie(v: string) {
      writes.push(v);
    },
  } as unknown as Document;
  const window = { location: { hostname, pathname: '/app/page' } } as unknown as Window & typeof globalThis;
  const { env } = fakeEnvironment({ document, window, localStorage: storage });
  return { env, writes, storage };
}

const service = (s: Partial<Service>): Service => ({ id: 's', cookies: [], localStorage: [], sessionStorage: [], ...s });

describe('removeTraces', () => {
  it('deletes a declared cookie on this host and on every parent domain, at / and at every leading part of this path, with and without its closing slash', () => {
    const { env, writes } = fakeBrowser('_clck=1; theme=dark', 'www.shop.example.com');
    removeTraces(env, [service({ cookies: [{ name: '_clck' }] })]);
    expect(writes).toEqual(
      ['', '; Domain=.www.shop.example.com', '; Domain=.shop.example.com', '; Domain=.example.com'].flatMap((d) => [
        `_clck=; Max-Age=0; Path=/${d}`,
        `_clck=; Max-Age=0; Path=/app${d}`,
        `_clck=; Max-Age=0; Path=/app/${d}`,
        `_clck=; Max-Age=0; Path=/app/page${d}`,
      ]),
    );
  });

  it('matches /regex/ names against the cookies that exist, and leaves others alone', () => {
    const { env, writes } = fakeBrowser('_cltk=1; _clsk=2; theme=dark', 'localhost');
    removeTraces(env, [service({ cookies: [{ name: '/^_cl/', pattern: /^_cl/ }] })]);
    const names = new Set(writes.map((w) => w.split('=')[0]));
    expect([...names]).toEqual(['_cltk', '_clsk']);
  });

  it('only deletes host-only cookies on an IP address', () => {
    const { env, writes } = fakeBrowser('_clck=1', '127.0.0.1');
    removeTraces(env, [service({ cookies: [{ name: '_clck' }] })]);
    expect(writes.every((w) => !w.includes('Domain'))).toBe(true);
  });

  it('deletes declared localStorage keys by name and pattern', () => {
    const { env, storage } = fakeBrowser('', 'localhost', { sentryReplaySession: '{}', sentry_x: '1', mine: '1' });
    removeTraces(env, [service({ localStorage: [{ name: 'sentryReplaySession' }, { name: '/^sentry_/', pattern: /^sentry_/ }] })]);
    expect(Object.keys(storage)).toEqual(['mine']);
  });

  it('does not throw when cookies and storage are blocked', () => {
    const { env } = fakeEnvironment({
      document: {
        get cookie(): string {
          throw new Error('blocked');
        },
      } as unknown as Document,
      localStorage: {
        get length(): number {
          throw new Error('blocked');
        },
      } as unknown as Storage,
    });
    expect(() => removeTraces(env, [service({ cookies: [{ name: 'a' }], localStorage: [{ name: 'b' }] })])).not.toThrow();
  });
});
