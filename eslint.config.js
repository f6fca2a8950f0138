// Process boundaries are enforced here, not by convention: each folder may only
// import what its process can load (see README, "Architecture").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeOnlyPackages = ['better-sqlite3', 'electron', 'ajv'];
const reactPackages = ['react', 'react-dom', 'react-dom/client', 'zustand', 'wavesurfer.js'];

const restrict = (message, names, patterns = []) => [
  'error',
  {
    paths: names.map((name) => ({ name, message })),
    patterns: patterns.map((group) => ({ group: [group], message })),
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict(
        'shared/ runs in both processes: it may import neither Node, Electron nor the DOM/React.',
        [...nodeModules, ...nodeOnlyPackages, ...reactPackages],
        ['../electron/*', '../renderer/*', '**/electron/**', '**/renderer/**'],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': restrict(
        'renderer/ runs in a sandboxed page: it talks to the backend only through the API client.',
        [...nodeModules, ...nodeOnlyPackages],
        ['**/electron/**'],
      ),
    },
  },
  {
    // STYLE.md rule 7: components and hooks read through stores; only stores (and main.tsx, which starts the client) call the API.
    files: ['renderer/{components,screens,player,hooks,keyboard,format,router,model}/**/*.{ts,tsx}', 'renderer/{App,Screen}.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, ...nodeOnlyPackages].map((name) => ({ name, message: 'renderer/ runs in a sandboxed page: it talks to the backend only through the API client.' })),
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ runs in a sandboxed page: it talks to the backend only through the API client.' },
            { group: ['**/api/client'], message: 'Only stores call the API: read and act through a store in renderer/stores/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrict(
        'electron/ is the backend and shell: it never imports React or the renderer.',
        reactPackages,
        ['**/renderer/**'],
      ),
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrict(
        'server/ is the team server, plain Node: it never imports React, Electron or the renderer.',
        [...reactPackages, 'electron'],
        ['**/renderer/**'],
      ),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
