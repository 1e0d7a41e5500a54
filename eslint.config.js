import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * The layers of src/, lowest first. A folder imports only from layers below its own (never from a
 * sibling in the same layer, never upward); the import-cycle check (.dependency-cruiser.cjs) runs
 * after ESLint in `npm run lint`.
 */
const LAYERS = [
  ['scenario'],
  ['engine', 'share'],
  ['text'],
  ['export'],
  ['worker', 'cli'],
  ['store'],
  ['game'],
  ['ui'],
  ['app.ts'],
  ['main.ts'],
];
const layerWords = LAYERS.map((layer) => layer.join(' | ')).join(' < ');
const layerZones = LAYERS.slice(0, -1).flatMap((layer, i) =>
  layer.map((folder) => ({
    target: `./src/${folder}`,
    from: LAYERS.slice(i)
      .flat()
      .filter((other) => other !== folder)
      .map((other) => `./src/${other}`),
    message: `src/${folder} may import only from the layers below it. Layers of src/, lowest first: ${layerWords}.`,
  })),
);

// Inside the engine, the core (the state, the town and the day's systems) knows nothing of roles,
// comparisons or claims: a played role reaches the day only through SimState.play (core/state.ts).
const engineCoreZones = ['core', 'town', 'systems'].map((part) => ({
  target: `./src/engine/${part}`,
  from: ['roles', 'compare', 'claims', 'index.ts', 'step.ts'].map((p) => `./src/engine/${p}`),
  message:
    "The engine's core (core/, town/, systems/) imports nothing from roles/, compare/, claims/ " +
    'or the entry: roles hook into the day through SimState.play (src/engine/core/state.ts).',
}));

// Anything that makes a run depend on the wall clock, the machine or the locale is banned in the
// engine and in the condition language it evaluates: same scenario + seed must give the same bytes
// everywhere (doc/implementation-notes.md, "Determinism beyond the streams").
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
    files: ['src/engine/**/*.ts', 'src/scenario/conditions/**/*.ts'],
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
              group: ['node:*', 'fs', 'path'],
              message: 'The engine runs in the browser too: no Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...engineCoreZones] }],
    },
  },
  prettier,
);
