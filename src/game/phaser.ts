/**
 * The part of Phaser the town map uses, built from Phaser's own sources (node_modules/phaser/src,
 * CommonJS) instead of `import … from 'phaser'`, which is the whole framework (1.4 MB: Arcade and
 * Matter physics, sound, particles, tilemaps, tweens, every loader file type and both renderers).
 * Only what the map calls is here, and only the Canvas renderer (createTownMap.ts says why): the
 * build defines Phaser's compile-time flags (vite.config.ts, PHASER_FLAGS) so the WebGL renderer,
 * sound and the optional plugins are left out of the bundle.
 *
 * The map's files import this as `Phaser` (`import * as Phaser from './phaser'`), so they read as
 * before; the types are Phaser's own (types/phaser.d.ts), narrowed to what is exported here, so
 * TypeScript refuses a part of Phaser the bundle does not hold. To use more of Phaser, add its
 * source module here (and, for a scene plugin or a game object, the file that registers it).
 */
import type * as P from 'phaser';
import GameSource from 'phaser/src/core/Game.js';
import CONST from 'phaser/src/const.js';
import SceneSource from 'phaser/src/scene/Scene.js';
import SCENE_CONST from 'phaser/src/scene/const.js';
import SceneEvents from 'phaser/src/scene/events/index.js';
import SCALE_MODES from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
import ScaleEvents from 'phaser/src/scale/events/index.js';
import InputEvents from 'phaser/src/input/events/index.js';
import Clamp from 'phaser/src/math/Clamp.js';
import Rectangle from 'phaser/src/geom/rectangle/Rectangle.js';
import RectangleToRectangle from 'phaser/src/geom/intersects/RectangleToRectangle.js';
// Scene plugins register themselves with Phaser's PluginCache when loaded; a scene gets those
// that are registered (core/Game.js loads the global managers). The map's scenes use `events`,
// `cameras`, `add`, the display list and `input`; not the update list (only game objects with a
// `preUpdate`, such as animated sprites, join it), the clock (`this.time`: the map reads
// `this.game.loop.now`, the same step time), the loader, tweens, data, lights or `this.scene`.
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/input/InputPlugin.js';
// The game objects the map draws with register `this.add.graphics()` and `this.add.text()`.
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';

export const Game = GameSource as typeof P.Game;
export type Game = P.Game;
export const Scene = SceneSource as typeof P.Scene;
export type Scene = P.Scene;

export const { CANVAS } = CONST as Pick<typeof P, 'CANVAS'>;

export const Scale = {
  NONE: (SCALE_MODES as typeof P.Scale.ScaleModes).NONE,
  Events: ScaleEvents as typeof P.Scale.Events,
};
export const Scenes = {
  RUNNING: (SCENE_CONST as Pick<typeof P.Scenes, 'RUNNING'>).RUNNING,
  Events: SceneEvents as typeof P.Scenes.Events,
};
export const Input = { Events: InputEvents as typeof P.Input.Events };
export const Math = { Clamp: Clamp as typeof P.Math.Clamp };
export const Geom = {
  Rectangle: Rectangle as typeof P.Geom.Rectangle,
  Intersects: {
    RectangleToRectangle: RectangleToRectangle as typeof P.Geom.Intersects.RectangleToRectangle,
  },
};

/* eslint-disable @typescript-eslint/no-namespace -- types only, under Phaser's own names */
export declare namespace GameObjects {
  type Graphics = P.GameObjects.Graphics;
  type Text = P.GameObjects.Text;
}
export declare namespace Input {
  type Pointer = P.Input.Pointer;
}
export declare namespace Geom {
  type Rectangle = P.Geom.Rectangle;
}
export declare namespace Structs {
  type Size = P.Structs.Size;
}
/* eslint-enable @typescript-eslint/no-namespace */
