import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

/*
 * Two library builds from one config:
 *  - default: the npm package (ESM, code-split): index, server, and the UI chunk `assent-ui.js` with its
 *    lazily loaded pieces (locales, policy viewer) under chunks/;
 *  - `--mode iife`: `assent.js` for a <script> tag. It holds only the gate and imports `assent-ui.js` from
 *    its own directory when something must be shown.
 */
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig(({ mode }) => ({
  build:
    mode === 'iife'
      ? {
          outDir,
          emptyOutDir: false,
          minify: true,
          target: 'es2020',
          lib: { entry: resolve('src/iife.ts'), name: 'AssentGate', formats: ['iife'], fileName: () => 'assent.js' },
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
