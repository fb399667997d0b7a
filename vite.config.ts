import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

/*
 * Three library builds from one config:
 *  - default: the npm package (ESM, code-split): index, server, and the UI chunk `assent-ui.js` with its
 *    lazily loaded pieces (locales, policy viewer) under chunks/;
 *  - `--mode iife`: `assent.js` for a <script> tag. It holds only the gate, and imports the engine and the UI
 *    chunk from its own directory when a page view needs them;
 *  - `--mode engine`: `assent-engine.js`, one ES module the script tag imports (validation, decisions, cleanup).
 */
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig(({ mode }) => ({
  build:
    mode === 'iife' || mode === 'engine'
      ? {
          outDir,
          emptyOutDir: false,
          minify: true,
          target: 'es2020',
          lib:
            mode === 'iife'
              ? { entry: resolve('src/iife.ts'), name: 'AssentGate', formats: ['iife'], fileName: () => 'assent.js' }
              : { entry: resolve('src/engine.ts'), formats: ['es'], fileName: () => 'assent-engine.js' },
        }
      : {
          outDir,
          emptyOutDir: true,
          minify: true,
          target: 'es2020',
          lib: {
            entry: { index: resolve('src/index.ts'), server: resolve('src/server.ts'), 'assent-ui': resolve('src/ui/mount.ts') },
            formats: ['es'],
          },
          rollupOptions: {
            // Library ES builds keep whitespace unless the output itself is told to minify.
            output: {
              // Preact and the components both the dialog and the policy use share one chunk; name it for what it is.
              chunkFileNames: (chunk) =>
                chunk.moduleIds.some((id) => id.includes('/node_modules/preact/'))
                  ? 'chunks/interface-[hash].js'
                  : 'chunks/[name]-[hash].js',
              entryFileNames: '[name].js',
              minify: true,
            },
          },
        },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
  },
}));
