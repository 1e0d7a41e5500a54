/// <reference types="vitest/config" />
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { shippedScenarios } from './build/shippedScenarios.ts';

/**
 * Phaser's sources, which src/game/phaser.ts imports as `phaser/src/…` (the package exports only
 * its built files, the whole framework): the map is built from the part of Phaser it uses.
 */
const PHASER_SRC = join(
  dirname(createRequire(import.meta.url).resolve('phaser/package.json')),
  'src',
);

/**
 * The compile-time flags Phaser's own build defines (node_modules/phaser/config/webpack*.js): its
 * sources test `typeof FLAG` to include a part. The map draws with Canvas only (no WebGL renderer,
 * render nodes or shaders), has no sound, and no Camera3D or Facebook Instant Games plugin.
 */
const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/**
 * Phaser's two requires of its whole `math` namespace (core/Config.js, GetAdvancedValue.js), which
 * use only its random number generator, get src/game/phaserMath.cjs instead (it says why).
 */
function phaserMathNamespace(): Plugin {
  const namespace = join(PHASER_SRC, 'math');
  const standIn = fileURLToPath(new URL('./src/game/phaserMath.cjs', import.meta.url));
  return {
    name: 'ledgertown:phaser-math-namespace',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || !importer.startsWith(PHASER_SRC) || !/math\/?$/.test(source)) {
        return null;
      }
      return resolve(dirname(importer), source) === namespace ? standIn : null;
    },
  };
}

export default defineConfig({
  base: './',
  // The start screen's list of shipped scenarios, and each one checked, made at build time.
  plugins: [shippedScenarios(), phaserMathNamespace()],
  resolve: { alias: [{ find: /^phaser\/src\//, replacement: `${PHASER_SRC}/` }] },
  define: PHASER_FLAGS,
  // `vite` (the dev server) pre-bundles Phaser's sources; the flags apply there too.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Whole-town runs and spawned CLI processes share two cores with everything else on CI and
    // class machines; a timeout is a hang guard, never a speed check (speed is `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
