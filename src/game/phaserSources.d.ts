/**
 * Phaser's source modules (node_modules/phaser/src, CommonJS, no types of their own), as imported
 * by src/game/phaser.ts, which gives each the type of its part of Phaser's typings. Vite resolves
 * the paths (vite.config.ts), since Phaser's package exports only its built files.
 */
declare module 'phaser/src/*' {
  const source: unknown;
  export default source;
}
