import tseslint from 'typescript-eslint';

/*
 * The gate and the engine (core, storage, gate, integrations, entries, shared) must stay free of the UI
 * stack, which only the interface loads; the UI chunk may only take types from them (and values from shared/),
 * so the builds never carry the same code twice.
 */
const uiStack = ['preact', 'preact/*', '@preact/signals', 'i18next', 'marked', 'dompurify'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**', 'src/storage/**', 'src/gate/**', 'src/integrations/**', 'src/entries/**', 'src/shared/**', 'src/iife.ts', 'src/engine.ts', 'src/server.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: uiStack.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'The gate never imports the UI stack; load the UI chunk instead.' })),
          patterns: [
            { group: ['preact/*', '**/ui/*', '**/ui'], message: 'The gate never imports the UI; it loads the UI chunk on demand.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '**/gate/*', '**/storage/*', '**/integrations/*', '**/entries/*'],
              allowTypeImports: true,
              message: 'The UI takes values from the gate through UiHost, never by import (it would be bundled twice).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly', setTimeout: 'readonly' } },
  },
);
