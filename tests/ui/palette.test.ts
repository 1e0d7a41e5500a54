import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, gradeColours } from '../../src/game/palette';
import { contrast } from './contrast';

describe('grade colours', () => {
  it.each([1, 2, 3, 4, 5, 6, 8, 12])('gives %i distinct colours, best first', (count) => {
    const colours = gradeColours(count);
    expect(colours).toHaveLength(count);
    expect(new Set(colours).size).toBe(count);
  });

  it('keeps every grade at 3:1 or more against the map ground and the district fills (WCAG 1.4.11)', () => {
    for (let count = 1; count <= 12; count++) {
      for (const colour of gradeColours(count)) {
        for (const ground of [
          MAP_COLOURS.ground,
          ...MAP_COLOURS.districtFills,
          ...MAP_COLOURS.homeFills,
        ]) {
          expect(contrast(colour, ground)).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });
});
