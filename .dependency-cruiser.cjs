/**
 * The import-cycle check (`npm run lint` runs it after ESLint): no file in src/ may reach itself
 * through its imports, type-only imports included (tsPreCompilationDeps), so every folder can be
 * read from the bottom up. The layer order itself is ESLint's rule (eslint.config.js, LAYERS).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle: these files reach each other (type-only imports count). Move what both ' +
        'need into a file below them, or pass it in (a hook on the state, a parameter, a prop).',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    includeOnly: '^src/',
  },
};
