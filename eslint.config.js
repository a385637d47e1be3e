// Lint rules: typescript-eslint's recommended set, React hooks, and the architecture's import boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'This side of the app must not use Node.js modules.' };
const electronModule = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'bin/**/*.js', 'scripts/**/*.js', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electronModule, { group: ['**/electron/**', '../**/electron'], message: 'The renderer knows the engine only through shared/contract.ts.' }] },
      ],
    },
  },
  {
    files: ['electron/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electronModule, { group: ['**/main/**', '**/preload/**', '**/host/**', '**/cli/**'], message: 'The engine must not depend on its adapters.' }] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electronModule, { group: ['../../*', 'react', 'zod', 'zustand'], message: 'shared/ imports only shared/.' }] },
      ],
    },
  },
);
