import { describe, expect, it } from 'vitest';
import {
  MAP_COLOURS,
  PROJECTOR_COLOURS,
  gradeColours,
  mapPalette,
  type MapPalette,
} from '../../src/game/palette';
import { contrast } from './contrast';

/** Every surface a figure can stand on: ground, districts, homes, businesses, squares, public buildings. */
const surfaces = (p: MapPalette) => [
  p.ground,
  ...p.districtFills,
  ...p.homeFills,
  p.business,
  p.square,
  p.public,
];

describe('projector palette', () => {
  it('is chosen by the teacher’s projector setting', () => {
    expect(mapPalette(true)).toBe(PROJECTOR_COLOURS);
    expect(mapPalette(false)).toBe(MAP_COLOURS);
    expect(PROJECTOR_COLOURS.ground).not.toBe(MAP_COLOURS.ground);
  });

  it('keeps every grade, and the unknown grade, at 4.5:1 or more on every surface under the figures', () => {
    for (let count = 1; count <= 12; count++) {
      for (const colour of [...gradeColours(count), PROJECTOR_COLOURS.unknownGrade]) {
        for (const surface of surfaces(PROJECTOR_COLOURS)) {
          expect(contrast(colour, surface)).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('draws the lines between things darker and thicker than the everyday palette', () => {
    const p = PROJECTOR_COLOURS;
    for (const surface of surfaces(p)) {
      expect(contrast(p.districtEdge, surface)).toBeGreaterThanOrEqual(7);
      expect(contrast(p.outline, surface)).toBeGreaterThanOrEqual(7);
    }
    for (const edge of [p.homeEdge, p.businessEdge, p.publicEdge]) {
      expect(edge).not.toBeNull();
      for (const fill of surfaces(p)) expect(contrast(edge ?? 0xffffff, fill)).toBeGreaterThan(4.5);
    }
    expect(p.districtEdgeWidth).toBeGreaterThan(MAP_COLOURS.districtEdgeWidth);
    expect(p.outlineWidth).toBeGreaterThan(MAP_COLOURS.outlineWidth);
    // The everyday borders are pale lines between shaded blocks; the projector's are black.
    expect(contrast(p.districtEdge, p.ground)).toBeGreaterThan(
      contrast(MAP_COLOURS.districtEdge, MAP_COLOURS.ground) * 5,
    );
  });

  it('keeps the wrongful centre visible inside every grade’s diamond', () => {
    for (const colour of gradeColours(6)) {
      expect(contrast(PROJECTOR_COLOURS.wrongfulCentre, colour)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
