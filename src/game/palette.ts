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

import type { MarkerIcon } from './mapEvents';

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
  /** Event markers: a plate per icon, the icon in `markerInk` (4.5:1 or more on every plate). */
  markerPlates: Record<MarkerIcon, number>;
  markerInk: number;
  /** Ring round a plate (null: none) and its width. */
  markerEdge: number | null;
  markerEdgeWidth: number;
  /** A sanction that reached a relative: the line from the listed person. */
  relativeLine: number;
  /** The selected person's family and friends. */
  familyLine: number;
  friendLine: number;
  /** Shops' awnings, workshops' roofs, a listed business's mark and a named one's flag. */
  awning: number;
  workshopRoof: number;
  listedMark: number;
  namedFlag: number;
  /** A market street's paving and a camera post. */
  marketStreet: number;
  cameraPost: number;
  /** The town hall's board of names. */
  board: { text: string; plate: string };
}

/** Marker plates shared by both palettes: white icons on them keep 4.5:1 or more. */
const MARKER_PLATES: Record<MarkerIcon, number> = {
  refused: 0xb3261e,
  listed: 0x1b1f24,
  appealFiled: 0x5b3a8c,
  appealDecided: 0x5b3a8c,
  camera: 0x0b5f73,
  relative: 0x8a4b00,
};

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
  markerPlates: MARKER_PLATES,
  markerInk: 0xffffff,
  markerEdge: 0xffffff,
  markerEdgeWidth: 1.5,
  relativeLine: 0xb3261e,
  familyLine: 0x6a3d9a,
  friendLine: 0x0b5f73,
  awning: 0x8a4b00,
  workshopRoof: 0x40505f,
  listedMark: 0x1b1f24,
  namedFlag: 0xb3261e,
  marketStreet: 0xd9cbb0,
  cameraPost: 0x0b5f73,
  board: { text: '#ffffff', plate: 'rgba(27,31,36,0.92)' },
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
  // The same plates, ringed in black: on near-white ground a ring holds the shape when hues fade.
  markerPlates: { ...MARKER_PLATES, listed: 0x000000 },
  markerInk: 0xffffff,
  markerEdge: 0x000000,
  markerEdgeWidth: 2.5,
  relativeLine: 0x9e0000,
  familyLine: 0x4b0082,
  friendLine: 0x003f7f,
  awning: 0x000000,
  workshopRoof: 0x000000,
  listedMark: 0x000000,
  namedFlag: 0x9e0000,
  marketStreet: 0xe0e0e0,
  cameraPost: 0x003f7f,
  board: { text: '#ffffff', plate: '#000000' },
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
