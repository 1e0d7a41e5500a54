/**
 * Colours shared by the map and the DOM legend. Grades run from dark blue (best) through to dark
 * red (worst): blue against orange/red stays distinct for the common colour-vision deficiencies,
 * lightness orders them, and every grade colour keeps at least 3:1 contrast with the map ground
 * (WCAG 1.4.11). Listing is never shown by colour alone: listed people are diamonds with an outline.
 *
 * A projector washes light colours out and lifts dark ones, so the projector palette keeps the
 * same grade ramp and shapes but moves everything under the figures to near-white (4.5:1 or more
 * against every grade, so a third of the contrast can be lost and 3:1 remains) and draws the
 * edges of districts, homes, businesses and public buildings in dark lines instead of shades.
 */

/** Best → worst anchors; a scenario's grades are spread across them. */
const GRADE_RAMP = [0x173f73, 0x2868a3, 0x4b6676, 0xa65400, 0xa8361a, 0x6e1c12];

/** Every colour and line width the map draws with (0xRRGGBB numbers; CSS strings for text). */
export interface MapPalette {
  ground: number;
  districtFills: readonly number[];
  /** Homes, by district: in the everyday palette a shade darker than their district. */
  homeFills: readonly number[];
  /** Outlines of homes, businesses and public buildings (null: none, shades alone). */
  homeEdge: number | null;
  businessEdge: number | null;
  publicEdge: number | null;
  districtEdge: number;
  districtEdgeWidth: number;
  business: number;
  public: number;
  square: number;
  /** Outline of a listed person's diamond. */
  outline: number;
  outlineWidth: number;
  wrongfulCentre: number;
  /** Everyone's grade when the role may not see it (a citizen's map). */
  unknownGrade: number;
  selection: number;
  focusRing: number;
  /** Labels drawn on the map (dark enough on their plates, AA). */
  text: { district: string; districtPlate: string; place: string; placePlate: string };
}

/** The everyday palette: calm shades on a warm ground. */
export const MAP_COLOURS: MapPalette = {
  ground: 0xeeeae2,
  districtFills: [0xe7e1d4, 0xe1e6da, 0xe9e0d3, 0xdfe3e7, 0xe8e4d7, 0xdde5e0],
  homeFills: [0xd8cfbd, 0xccd4c4, 0xdacdbb, 0xccd2d9, 0xd9d3c2, 0xc9d4cd],
  homeEdge: null,
  businessEdge: null,
  publicEdge: null,
  districtEdge: 0xfaf8f3,
  districtEdgeWidth: 2,
  business: 0xb5c0cb,
  public: 0x40505f,
  square: 0xc4d9bc,
  outline: 0x1b1f24,
  outlineWidth: 1.4,
  wrongfulCentre: 0xffffff,
  // 3.6:1 on the ground.
  unknownGrade: 0x737d89,
  selection: 0x111111,
  focusRing: 0x0b5f73,
  text: {
    district: '#2f3b47',
    districtPlate: 'rgba(255,255,255,0.82)',
    place: '#ffffff',
    placePlate: '#40505f',
  },
};

/** The teacher's projector palette: near-white surfaces, black edges, the same grades. */
export const PROJECTOR_COLOURS: MapPalette = {
  ground: 0xffffff,
  // Pale but different hues: a projector keeps hue better than small steps of lightness.
  districtFills: [0xfdf3d0, 0xe6f1fc, 0xe9f6e1, 0xfaeaf3, 0xeeeeee, 0xe3f4f1],
  homeFills: [0xffffff],
  homeEdge: 0x5a5a5a,
  businessEdge: 0x222222,
  publicEdge: 0x000000,
  districtEdge: 0x000000,
  districtEdgeWidth: 3,
  business: 0xf2f2f2,
  // Crowds gather at public buildings: a light fill keeps every figure there visible.
  public: 0xffffff,
  square: 0xe9f6e1,
  outline: 0x000000,
  outlineWidth: 2,
  wrongfulCentre: 0xffffff,
  unknownGrade: 0x596370,
  selection: 0x000000,
  focusRing: 0x0033a0,
  text: {
    district: '#000000',
    districtPlate: 'rgba(255,255,255,0.95)',
    place: '#ffffff',
    placePlate: '#000000',
  },
};

/** The map's palette for the teacher's projector setting. */
export function mapPalette(projector: boolean): MapPalette {
  return projector ? PROJECTOR_COLOURS : MAP_COLOURS;
}

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
