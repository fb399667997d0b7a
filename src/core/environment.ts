import { attempt } from './attempt.js';
/**
 * Everything Assent reads from the browser, in one object, so tests can hand in a fake and the core never
 * touches a global directly. Each field may be missing (server, worker, sandboxed frame).
 */
export interface Environment {
  window?: Window & typeof globalThis;
  document?: Document;
  navigator?: Navigator;
  localStorage?: Storage;
  sessionStorage?: Storage;
  now: () => number;
  /** Random bytes for consent ids. */
  random: (bytes: number) => Uint8Array;
  /** Where problems are reported; the host page's console by default. */
  console: Pick<Console, 'error' | 'warn'>;
  /**
   * The page's CSP nonce, when it gave one to Assent: gated tags must then carry it too, because under
   * `'strict-dynamic'` a script Assent starts would run whatever the policy says.
   */
  nonce?: string;
}

/** What the gate reads: the script tag's gate builds just this much, and the engine adds the rest. */
export type GateEnvironment = Pick<Environment, 'window' | 'document' | 'navigator' | 'now' | 'console' | 'nonce'>;


export function browserEnvironment(nonce?: string): Environment {
  const w = typeof window === 'undefined' ? undefined : window;
  return {
    window: w,
    document: w?.document,
    navigator: w?.navigator,
    // Opening a storage area waits on the browser process, and only cleanup after a withdrawal needs one. In a
    // sandboxed frame, or with storage blocked, the getter throws: that reads as no storage.
    get localStorage() {
      return attempt(() => w?.localStorage);
    },
    get sessionStorage() {
      return attempt(() => w?.sessionStorage);
    },
    now: () => Date.now(),
    random: (n) => {
      const bytes = new Uint8Array(n);
      const c = globalThis.crypto;
      if (c?.getRandomValues) c.getRandomValues(bytes);
      else for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
      return bytes;
    },
    console,
    nonce,
  };
}
