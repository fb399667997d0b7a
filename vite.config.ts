import { defineConfig } from 'vitest/config';
import type { BuildEnvironmentOptions } from 'vite';
import { resolve } from 'node:path';
import { ownNamespaceKeys } from './scripts/own-namespace-keys.js';
import en from './src/ui/locales/en.js';
import later from './src/ui/locales/en-later.js';

/*
 * Four library builds from one config:
 *  - default: the npm package (ESM): index and server; index imports the interface from `./assent-ui.js`;
 *  - `--mode ui`: the interface, `assent-ui.js`, with its lazily loaded pieces (locales, policy viewer, i18next)
 *    under chunks/. The npm build and the script tag share it;
 *  - `--mode iife`: `assent.js` for a <script> tag. It holds only the gate, and imports the engine and the UI
 *    chunk from its own directory when a page view needs them;
 *  - `--mode engine`: `assent-engine.js`, one ES module the script tag imports (validation, decisions, cleanup).
 */
const outDir = process.env.DIST_DIR ?? 'dist';

/** Where the npm build finds the interface: the file the `--mode ui` build writes beside it. */
const MOUNT = resolve('src/ui/mount.ts');

/** The files every build shares: minified, for browsers from 2020 on, into one directory. */
const base = { outDir, emptyOutDir: false, minify: true, target: 'es2020' } satisfies BuildEnvironmentOptions;
/**
 * A locale's file is named after its language alone: the banner's file lists all 25, so their hashes would be
 * some 200 bytes of every first visit. A locale holds only strings, and a missing one falls back to English (the
 * interface tells a copy from an earlier release by its keys, and fetches the later part of English for it), so a
 * stale cached copy can't break the interface the way a stale code chunk could; code chunks keep their hashes. So
 * does the later part of English (`en-later.ts`): nothing stands behind its strings, so a stale copy must never be
 * served, and its one name costs a few bytes.
 */
const chunkFileNames = (chunk: { facadeModuleId: string | null }) =>
  /\/ui\/locales\/[a-z]{2}\.ts$/.test(chunk.facadeModuleId ?? '') ? 'chunks/[name].js' : 'chunks/[name]-[hash].js';
// Library ES builds keep whitespace unless the output itself is told to minify.
const output = { chunkFileNames, entryFileNames: '[name].js', minify: true };
const isMount = (id: string) => id === MOUNT || id.endsWith('/ui/mount.js');
/**
 * V8's explicit compile hint (Chrome 136 on; other engines ignore it), on the files whose functions nearly all run
 * as soon as they load: V8 then compiles them up front, off the main thread where it can, instead of parsing each
 * function twice (once to skip it, once when it is first called). The first banner shows about 70 ms sooner at 4x
 * CPU throttling, and a return visit spends about a fifth less time in script. It must be the file's first line.
 */
const COMPILE_ALL = '//# allFunctionsCalledOnLoad';

function buildFor(mode: string): BuildEnvironmentOptions {
  if (mode === 'iife') {
    return {
      ...base,
      lib: { entry: resolve('src/iife.ts'), name: 'AssentGate', formats: ['iife'], fileName: () => 'assent.js' },
      rollupOptions: { output: { postBanner: COMPILE_ALL } },
    };
  }
  if (mode === 'engine') {
    return {
      ...base,
      lib: { entry: resolve('src/engine.ts'), formats: ['es'], fileName: () => 'assent-engine.js' },
      rollupOptions: { output: { chunkFileNames, minify: true, comments: false, postBanner: (chunk) => (chunk.isEntry ? COMPILE_ALL : '') } },
    };
  }
  if (mode === 'ui') {
    return {
      ...base,
      lib: { entry: { 'assent-ui': MOUNT }, formats: ['es'] },
      rollupOptions: {
        // The banner's code stays in `assent-ui.js` itself and the policy and locale chunks import from it, so a
        // first banner is one fetch, not the entry and then a shared chunk.
        preserveEntrySignatures: 'allow-extension',
        // The banner's file and i18next run as soon as they arrive; the policy viewer and locales only in part.
        output: {
          ...output,
          // Browsers load these files as they are: tree-shaking hints (`@__PURE__`) only cost bytes there. The npm
          // entry keeps them for the app's bundler.
          comments: false,
          postBanner: (chunk) => (chunk.isEntry || chunk.name.startsWith('i18next') ? COMPILE_ALL : ''),
        },
      },
    };
  }
  return {
    ...base,
    // The first build of `npm run build` starts from an empty directory.
    emptyOutDir: true,
    lib: { entry: { index: resolve('src/index.ts'), server: resolve('src/server.ts') }, formats: ['es'] },
    rollupOptions: {
      // One copy of the interface for both builds: the npm entry imports the file the script tag uses.
      external: isMount,
      output: { ...output, paths: (id) => (isMount(id) ? './assent-ui.js' : id) },
    },
  };
}

export default defineConfig(({ mode }) => ({
  // The open-source code each file bundles (Preact, i18next, js-cookie, marked…), with its licence text, which
  // minifying strips from the code itself: one list per build, since they write into one directory.
  build: { ...buildFor(mode), license: { fileName: `licenses/${mode === 'production' ? 'npm' : mode}.md` } },
  // How the interface tells a locale file cached from an earlier release, which may lack strings, from a current one.
  define: { __ASSENT_KEY_LIST_LENGTH__: String(Object.keys({ ...en, ...later }).join().length) },
  plugins: [ownNamespaceKeys()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
  },
}));
