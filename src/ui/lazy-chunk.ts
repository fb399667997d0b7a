/**
 * Loads an on-demand chunk once and shares the result. A failed load (offline, or a deploy that replaced the file)
 * isn't kept, so asking again tries again instead of failing forever.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    }));
}
