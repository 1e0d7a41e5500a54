/**
 * The public places a town can have, for the scenario format (which validates `town.places`) and
 * the engine (which lays them out and sends people to them). Plain constants: the engine imports
 * this without zod. Places change what the map shows and where people stand, never what happens:
 * a town without an airport still has flights, refused at the station or the town hall instead.
 */

/** Kinds of public place, in the order the catalogue and the legend list them. */
export const PUBLIC_PLACE_KINDS = [
  'school',
  'station',
  'airport',
  'bank',
  'court',
  'town_hall',
  'market',
  'factory',
] as const;

export type PublicPlaceKind = (typeof PUBLIC_PLACE_KINDS)[number];

/**
 * The town when a scenario lists no places: a school, station, airport, bank, court and town hall
 * (where officials and managers work, and whose board shows who is publicly named). Without a
 * district each place goes to the next district in turn, the first to the first.
 */
export const DEFAULT_PUBLIC_PLACES: readonly PublicPlaceKind[] = [
  'school',
  'station',
  'airport',
  'bank',
  'court',
  'town_hall',
];

/** Most public places a scenario may list. */
export const MAX_PUBLIC_PLACES = 64;
/** Most camera posts drawn in one district. */
export const MAX_DISTRICT_CAMERAS = 40;
