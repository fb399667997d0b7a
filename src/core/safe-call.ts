/**
 * Runs a host's callback, or a step that mustn't stop the ones after it, so that its exception is reported (as
 * `what`) and never thrown into Assent, other callbacks or the page. Gives the callback's result.
 */
export function safeCall<A, R>(report: Pick<Console, 'error'>, fn: (arg: A) => R, arg?: A, what = 'a callback threw'): R | undefined {
  try {
    return fn(arg!);
  } catch (e) {
    report.error('Assent: ' + what, e);
  }
}
