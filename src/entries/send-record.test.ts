import { describe, expect, it, vi } from 'vitest';
import { sendRecord } from './send-record.js';

const URL = 'https://example.com/consent-log';
const BODY = '{"id":"abc","action":"accept_all"}';

function browser(sendBeacon?: (url: string, data?: BodyInit | null) => boolean, fetch = vi.fn(() => Promise.resolve(new Response()))) {
  const navigator = (sendBeacon ? { sendBeacon: vi.fn(sendBeacon) } : {}) as unknown as Navigator;
  const window = { fetch } as unknown as Window & typeof globalThis;
  return { env: { navigator, window }, fetch, beacon: navigator.sendBeacon as unknown as ReturnType<typeof vi.fn> | undefined };
}

const posted = { method: 'POST', body: BODY, mode: 'no-cors', credentials: 'include' };

describe('sendRecord', () => {
  it('sends the record as a beacon, and nothing else when the browser queues it', () => {
    const b = browser(() => true);
    sendRecord(b.env, URL, BODY);
    expect(b.beacon).toHaveBeenCalledWith(URL, BODY);
    expect(b.fetch).not.toHaveBeenCalled();
  });

  it('posts the same body with cookies when the browser refuses the beacon, as it does once the keep-alive allowance is spent', () => {
    const b = browser(() => false);
    sendRecord(b.env, URL, BODY);
    expect(b.fetch).toHaveBeenCalledWith(URL, posted);
  });

  it('posts it when the page took sendBeacon away or made it throw', () => {
    const missing = browser();
    sendRecord(missing.env, URL, BODY);
    expect(missing.fetch).toHaveBeenCalledWith(URL, posted);

    const throwing = browser(() => {
      throw new TypeError('blocked by the page');
    });
    expect(() => sendRecord(throwing.env, URL, BODY)).not.toThrow();
    expect(throwing.fetch).toHaveBeenCalledWith(URL, posted);
  });

  it('neither throws nor leaves an unhandled rejection when the request fails too', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const failing = browser(() => false, vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
      sendRecord(failing.env, URL, BODY);
      expect(failing.fetch).toHaveBeenCalledTimes(1);
      const throwing = browser(() => false, vi.fn(() => {
        throw new TypeError('fetch is not a function');
      }));
      expect(() => sendRecord(throwing.env, URL, BODY)).not.toThrow();
      expect(() => sendRecord({}, URL, BODY)).not.toThrow();
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
