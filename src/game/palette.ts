/**
 * Colours shared by the map and the DOM legend. Grades run from dark blue (best) through to dark
 * red (worst): blue against orange/red stays distinct for the common colour-vision deficiencies,
 * lightness orders them, and every grade colour keeps at least 3:1 contrast with the map ground
 * (WCAG 1.4.11). Listing is never shown by colour alone: listed people are diamonds with an outline.
 */

/** Best → worst anchors; a scenario's grades are spread across them. */
const GRADE_RAMP = [0x173f73, 0x2868a3, 0x4b6676, 0xa65400, 0xa8361a, 0x6e1c12];

export const MAP_COLOURS = {
  ground: 0xeeeae2,
  districtFills: [0xe7e1d4, 0xe1e6da, 0xe9e0d3, 0xdfe3e7, 0xe8e4d7, 0xdde5e0],
  /** Homes: a shade darker than their district, so blocks read without outlines. */
  homeFills: [0xd8cfbd, 0xccd4c4, 0xdacdbb, 0xccd2d9, 0xd9d3c2, 0xc9d4cd],
  districtEdge: 0xfaf8f3,
  business: 0xb5c0cb,
  public: 0x40505f,
  square: 0xc4d9bc,
  outline: 0x1b1f24,
  wrongfulCentre: 0xffffff,
  selection: 0x111111,
  focusRing: 0x0b5f73,
} as const;

/** CSS text colours for labels drawn on the map (dark enough on the ground, AA). */
export const MAP_TEXT = {
  district: '#2f3b47',
  districtPlate: 'rgba(255,255,255,0.82)',
  place: '#ffffff',
  placePlate: '#40505f',
} as const;

/** Colour of each grade, best first, for `count` grades. */
export function gradeColours(count: number): number[] {
  if (count <= 1) return [GRADE_RAMP[0]];
  const colours: number[] = [];
  for (let i = 0; i < count; i++) {
    const position = (i / (count - 1)) * (GRADE_RAMP.length - 1);
    const low = Math.floor(position);
    const high = Math.min(low + 1, GRADE_RAMP.length - 1);
    colours.push(mix(GRADE_RAMP[low], GRADE_RAMP[high], position - low));
  }
  return colours;
}

/** `#rrggbb` for a 0xRRGGBB colour. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) =>
    Math.round(((a >> shift) & 0xff) * (1 - t) + ((b >> shift) & 0xff) * t);
  return (channel(16) << 16) | (channel(8) << 8) | channel(0);
}
