import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, gradeColours } from '../../src/game/palette';

/** WCAG relative luminance of a 0xRRGGBB colour. */
function luminance(colour: number): number {
  const channel = (shift: number) => {
    const c = ((colour >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

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
