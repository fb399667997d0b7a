import { vi } from 'vitest';

/**
 * For tests: records every string the page writes to `document.cookie` from now until `restore()`, in order. The
 * writes still reach the document's cookie jar.
 */
export function recordCookieWrites(): { seen: string[]; restore: () => void } {
  const seen: string[] = [];
  const real = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const spy = vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(function (this: Document, v: string) {
    seen.push(v);
    real.set!.call(this, v);
  });
  return { seen, restore: () => spy.mockRestore() };
}
