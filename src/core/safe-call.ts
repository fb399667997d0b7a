/** Runs a host's callback so that its exception is reported, never thrown into Assent or other callbacks. */
export function safeCall<A extends unknown[]>(
  report: Pick<Console, 'error'>,
  fn: (...args: A) => unknown,
  ...args: A
): void {
  try {
    fn(...args);
  } catch (e) {
    report.error('Assent: a callback threw', e);
  }
}
