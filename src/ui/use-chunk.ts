import { useEffect, useState } from 'preact/hooks';

/** An on-demand chunk, fetched the first time `wanted` is set: null until it has arrived. */
export function useChunk<T extends object>(wanted: unknown, load: () => Promise<T>, failed: (e: unknown) => void): T | null {
  const [chunk, setChunk] = useState<T | null>(null);
  useEffect(() => {
    if (wanted && !chunk) void load().then(setChunk, failed);
  }, [wanted]);
  return chunk;
}
