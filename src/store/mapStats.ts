/** What the map draws, with page positions (CSS px), for automation: `debug.map()`. */
export interface MapInspection {
  districts: { id: string; name: string; x: number; y: number }[];
  /** Public places (school, airport, town hall, market…), by kind. */
  places: { kind: string; cell: { x: number; y: number }; x: number; y: number }[];
  cameras: { district: string; x: number; y: number }[];
  businesses: {
    id: string;
    building: 'shop' | 'workshop';
    /** Grade index, -1 when not coloured by grade. */
    grade: number;
    listed: boolean;
    named: boolean;
    /** Its cell in the layout (stores.town.layout), where the mark must be. */
    cell: { x: number; y: number };
    x: number;
    y: number;
  }[];
  /** Event markers drawn now: what, where (the place's kind, or 'camera'), for whom. */
  markers: {
    type: string;
    place: string;
    day: number;
    count: number;
    subjects: string[];
    keys: string[];
    label: string;
    x: number;
    y: number;
  }[];
  /** The town hall's board: how many are named, the names it lists. */
  board: { count: number; names: string[]; x: number; y: number } | null;
  /** Where the view is centred (world px) and whether it follows someone. */
  view: { x: number; y: number; follow: boolean };
}

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
  /** Event markers drawn in the last frame. */
  markers: 0,
  /** What the map draws now; set by the map. */
  inspect: null as (() => MapInspection) | null,
};
