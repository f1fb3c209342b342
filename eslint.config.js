import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ESLint's own defineConfig: typescript-eslint deprecated its tseslint.config() helper in its favour.
export default defineConfig(
  { ignores: ['**/dist/**', '**/node_modules/**', 'release/**', 'bench/results/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Code that runs in a page (booth, desk, console) reaches the host only through its bridge:
    // neither Electron nor Node is there in a browser, and in Electron the renderer is sandboxed.
    files: [
      'kiosk/src/renderer/**',
      'kiosk/src/bridge/**',
      'officer-station/src/renderer/**',
      'officer-station/src/console/**',
      'officer-station/src/bridge/**',
      'shared/src/client/**',
      'shared/src/protocol/**',
      'shared/src/domain/**',
      'shared/src/i18n/**',
      'shared/src/index.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Renderer code reaches the host through its bridge (src/bridge/types.ts).',
            },
            ...builtinModules.map((name) => ({ name, message: 'Node is not there in the page.' })),
          ],
          patterns: [{ group: ['node:*'], message: 'Node is not there in the page.' }],
        },
      ],
    },
  },
);
