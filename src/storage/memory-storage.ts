import type { ConsentStorage } from './consent-storage.js';

/** Keeps the choice for the life of the page: used where cookies are unavailable, and in tests. */
export function memoryStorage(initial?: string): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write: (v) => {
      value = v;
      return true;
    },
    clear: () => {
      value = undefined;
    },
  };
}
