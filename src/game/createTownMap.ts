/**
 * Starts Phaser on a DOM element with the town scene. The Canvas renderer is chosen on purpose:
 * on machines without a GPU (software rendering, `--disable-gpu`) it drew 2,500 figures at
 * 59 fps where WebGL managed 26 fps (one Graphics) and 2 fps (textured sprites), measured in
 * headless Chromium on a 1200×800 canvas. The map's Phaser (./phaser.ts) is built with the Canvas
 * renderer only, which keeps WebGL's 56 KB gzip out of the page.
 */
import * as Phaser from './phaser';
import { cssColour, mapPalette } from './palette';
import { TownScene, type MapControls, type TownSceneDeps } from './TownScene';

export interface TownMap extends MapControls {
  /** The host element changed size (the DOM tells us; Phaser's own polling missed a host that
   * started hidden at 0×0 and kept a 0×0 canvas). */
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Mounts the map in `parent` (which must have a size) and returns its controls. */
export function createTownMap(parent: HTMLElement, deps: TownSceneDeps): TownMap {
  const scene = new TownScene(deps);
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    // The scene's camera paints the ground in the current palette; this is only the first frame.
    backgroundColor: cssColour(
      mapPalette(deps.stores.teacher.getState().settings.projector).ground,
    ),
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.max(1, parent.clientWidth),
      height: Math.max(1, parent.clientHeight),
    },
    banner: false,
    autoFocus: false,
    disableContextMenu: true,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    render: { antialias: true },
    scene,
  });
  // The DOM may call in before Phaser has booted the scene; those calls have nothing to move.
  const running = () => scene.sys?.settings.status === Phaser.Scenes.RUNNING;
  return {
    zoomBy: (factor) => running() && scene.zoomBy(factor),
    panBy: (dx, dy) => running() && scene.panBy(dx, dy),
    fit: () => running() && scene.fit(),
    openAtCentre: () => running() && scene.openAtCentre(),
    resize: (width, height) => {
      const w = Math.max(1, Math.floor(width));
      const h = Math.max(1, Math.floor(height));
      if (game.scale.width !== w || game.scale.height !== h) game.scale.resize(w, h);
    },
    destroy: () => game.destroy(true),
  };
}
