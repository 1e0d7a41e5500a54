/**
 * Counters the map keeps for benchmarks and automation (read through `window.ledgertown.stats()`).
 * Kept outside the scene so reading them does not load Phaser.
 */
export const mapStats = {
  /** Frames the town scene has drawn. */
  frames: 0,
  /** Figures drawn in the last frame (after culling to the view). */
  figures: 0,
  /** Where a person's figure is on the page (CSS px), or null when off screen; set by the map. */
  locate: null as ((index: number) => { x: number; y: number } | null) | null,
};
