import type { Plugin } from 'vite';

/** The loop the bundler's runtime uses to fill a chunk's namespace object, as it appears before minifying. */
const LOOP = 'for (var name in all) {';

/**
 * A page that added an enumerable property to `Object.prototype` (an old library, a polluted merge) made the
 * bundler's namespace helper define a getter from that property's value, which throws. The chunk that holds the
 * dialogs' shared parts then failed to load, and the preferences dialog never opened. The helper is filled from an
 * object literal, so its own keys are all it should ever see. A build whose helper no longer matches fails here,
 * rather than shipping the loop unguarded.
 */
export function ownNamespaceKeys(): Plugin {
  return {
    name: 'assent-own-namespace-keys',
    renderChunk(code) {
      if (!code.includes('__exportAll')) return null;
      if (!code.includes(LOOP)) this.error('the namespace helper changed shape; check that it only reads own keys');
      return { code: code.replace(LOOP, 'for (var name of Object.keys(all)) {'), map: null };
    },
  };
}
