import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Anything that makes a run depend on the wall clock, the machine or the locale is banned in the
// engine: same scenario + seed must give the same bytes everywhere (DESIGN.md, "Determinism").
const nonDeterministicGlobals = [
  { name: 'Date', message: 'The engine counts simulated days; no wall-clock time.' },
  { name: 'performance', message: 'No timing inside the engine; measure in tests/bench.' },
  { name: 'setTimeout', message: 'The engine is stepped, never scheduled.' },
  { name: 'setInterval', message: 'The engine is stepped, never scheduled.' },
  { name: 'requestAnimationFrame', message: 'The engine is stepped, never scheduled.' },
  { name: 'Intl', message: 'Locale-dependent behaviour breaks determinism.' },
  { name: 'crypto', message: 'Randomness comes only from the seeded streams (seedrandom).' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'blob-report',
      '.scratch',
      'scenarios/schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nonDeterministicGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded streams in rng.ts.' },
        { property: 'localeCompare', message: 'Locale-dependent order; compare code units.' },
        { property: 'toLocaleString', message: 'Locale-dependent output.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'zustand', 'zustand/*', 'preact', 'preact/*'],
              message: 'The engine imports no view or store code.',
            },
            {
              group: [
                '../ui/*',
                '../game/*',
                '../store/*',
                '../worker/*',
                '../cli/*',
                'node:*',
                'fs',
                'path',
              ],
              message: 'The engine depends on nothing outside src/engine.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
