import type { Environment } from './environment.js';

/** A controllable environment for tests: a clock that only moves when told, deterministic ids, captured console. */
export function fakeEnvironment(overrides: Partial<Environment> = {}) {
  const logs = { error: [] as unknown[][], warn: [] as unknown[][] };
  const clock = { now: Date.UTC(2026, 10, 23, 12) };
  let seed = 7;
  const env: Environment = {
    now: () => clock.now,
    random: (n) => Uint8Array.from({ length: n }, () => (seed = (seed * 48271) % 2147483647) & 255),
    console: { error: (...a: unknown[]) => void logs.error.push(a), warn: (...a: unknown[]) => void logs.warn.push(a) },
    ...overrides,
  };
  return { env, logs, clock };
}
