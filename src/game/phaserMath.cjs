/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, like the Phaser sources it stands in for */
/**
 * The map's stand-in for Phaser's `math` namespace (node_modules/phaser/src/math/index.js), which
 * holds all of Phaser's maths: vectors, matrices, quaternions, easing, interpolation, snapping…
 * Phaser reaches the namespace itself from two files only, and both use just its random number
 * generator: core/Config.js sets `RND` to a RandomDataGenerator seeded from the game's config, and
 * utils/object/GetAdvancedValue.js (which Text's style reads through) picks with `RND` from array
 * or `randInt`/`randFloat` values. Every other Phaser file requires the maths it uses directly, so
 * vite.config.ts resolves those two requires here, and the map's bundle leaves the rest out.
 * CommonJS, like Phaser's sources, so Config can assign `RND` on the same object both files share.
 */
module.exports = {
  RandomDataGenerator: require('../../node_modules/phaser/src/math/random-data-generator/RandomDataGenerator.js'),
  RND: null,
};
