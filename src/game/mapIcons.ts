/**
 * The map's event icons as a few shapes in a 16 × 16 box centred on 0, so the scene draws them
 * with Phaser's Graphics and the legend draws the same shapes as SVG. Each icon sits on a round
 * plate of its own colour (see palette.ts), drawn in the plate's ink.
 */
import type { MarkerIcon } from './mapEvents';

export type IconShape =
  | { shape: 'circle'; x: number; y: number; r: number; fill: boolean }
  | { shape: 'rect'; x: number; y: number; w: number; h: number; fill: boolean }
  | { shape: 'line'; points: number[] }
  | { shape: 'poly'; points: number[]; fill: boolean };

/** Line width of strokes inside icons, in icon units. */
export const ICON_STROKE = 1.8;
/** Radius of the plate under an icon, in icon units. */
export const PLATE_RADIUS = 10.5;

export const ICON_SHAPES: Record<MarkerIcon, IconShape[]> = {
  // No entry: a ring with a bar across.
  refused: [
    { shape: 'circle', x: 0, y: 0, r: 6, fill: false },
    { shape: 'line', points: [-4.2, 4.2, 4.2, -4.2] },
  ],
  // A notice pinned up: a sheet with lines of names.
  listed: [
    { shape: 'rect', x: -4.5, y: -6, w: 9, h: 12, fill: false },
    { shape: 'line', points: [-2.5, -2.5, 2.5, -2.5] },
    { shape: 'line', points: [-2.5, 0.5, 2.5, 0.5] },
    { shape: 'line', points: [-2.5, 3.5, 1, 3.5] },
  ],
  // A letter to the court: an envelope.
  appealFiled: [
    { shape: 'rect', x: -6, y: -4, w: 12, h: 8, fill: false },
    { shape: 'line', points: [-6, -4, 0, 1, 6, -4] },
  ],
  // The court decides: a gavel over its block.
  appealDecided: [
    { shape: 'poly', points: [-6.5, -3.5, -2.5, -7.5, 0.5, -4.5, -3.5, -0.5], fill: true },
    { shape: 'line', points: [-1, -3, 5, 3] },
    { shape: 'rect', x: -6, y: 4.5, w: 8, h: 2, fill: true },
  ],
  // A camera on its post: body and lens.
  camera: [
    { shape: 'rect', x: -6.5, y: -3.5, w: 9, h: 7, fill: true },
    { shape: 'poly', points: [2.5, -1.5, 6.5, -4, 6.5, 4, 2.5, 1.5], fill: true },
  ],
  // Two people linked.
  relative: [
    { shape: 'circle', x: -3, y: 0, r: 3.5, fill: false },
    { shape: 'circle', x: 3, y: 0, r: 3.5, fill: false },
  ],
};

/** The icon as SVG shapes in a "-8 -8 16 16" view box, drawn in `ink` (for the legend). */
export function iconSvgShapes(
  icon: MarkerIcon,
  ink: string,
): { tag: 'circle' | 'rect' | 'polyline' | 'polygon'; attrs: Record<string, string | number> }[] {
  const stroke = { stroke: ink, 'stroke-width': ICON_STROKE, 'stroke-linejoin': 'round' };
  return ICON_SHAPES[icon].map((s) => {
    const paint = (fill: boolean) => (fill ? { fill: ink } : { fill: 'none', ...stroke });
    switch (s.shape) {
      case 'circle':
        return { tag: 'circle', attrs: { cx: s.x, cy: s.y, r: s.r, ...paint(s.fill) } };
      case 'rect':
        return {
          tag: 'rect',
          attrs: { x: s.x, y: s.y, width: s.w, height: s.h, ...paint(s.fill) },
        };
      case 'line':
        return {
          tag: 'polyline',
          attrs: { points: s.points.join(' '), fill: 'none', 'stroke-linecap': 'round', ...stroke },
        };
      case 'poly':
        return { tag: 'polygon', attrs: { points: s.points.join(' '), ...paint(s.fill) } };
    }
  });
}
