/**
 * Loads an on-demand chunk once and shares the result. A failed load (offline, or a deploy that replaced the file)
 * isn't kept, so asking again tries again instead of failing forever. One that throws rather than rejects (a page
 * that broke a built-in the loader uses) fails the same way: the callers' handlers see it, the page doesn't.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= new Promise<T>((resolve) => resolve(load())).catch((e: unknown) => {
      pending = undefined;
      throw e;
    }));
}
