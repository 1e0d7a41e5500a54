/**
 * Which feed events the map draws, and where: a refused ticket at the airport or station counter,
 * a refused school place at the school, a listing at the town hall's board, an appeal at the
 * court, camera recordings at their district's camera, a sanction that reached a relative as a
 * line between the two. Events at the same place of the same sort are one marker with a count,
 * so a busy day is summarised, not piled up. Pure functions over the layout and the feed: no
 * Phaser, so the grouping is tested in Node and the same groups word the map's live region.
 */
import type { AgentId, FeedEvent, TownLayout } from '../engine/types';

/** What a marker stands for; each has its icon and its words in the catalogues. */
export type MarkerType =
  | 'flight'
  | 'train'
  | 'school'
  | 'service'
  | 'listed'
  | 'appealFiled'
  | 'appealGranted'
  | 'appealRefused'
  | 'recorded'
  | 'relative';

export const MARKER_TYPES: readonly MarkerType[] = [
  'flight',
  'train',
  'school',
  'service',
  'listed',
  'appealFiled',
  'appealGranted',
  'appealRefused',
  'recorded',
  'relative',
];

/** The words the map's events need, in the page's language (the UI passes its catalogue). */
export interface MapEventWords {
  /** A marker's label: one event names its subject, several are counted. */
  marker: Record<MarkerType, (count: number, name: string) => string>;
  /** The board's heading, with how many are named. */
  board: (count: number) => string;
  boardMore: (count: number) => string;
}

/** The icon each marker type wears (several refusals share the no-entry sign). */
export type MarkerIcon =
  'refused' | 'listed' | 'appealFiled' | 'appealDecided' | 'camera' | 'relative';

export const MARKER_ICON: Record<MarkerType, MarkerIcon> = {
  flight: 'refused',
  train: 'refused',
  school: 'refused',
  service: 'refused',
  listed: 'listed',
  appealFiled: 'appealFiled',
  appealGranted: 'appealDecided',
  appealRefused: 'appealDecided',
  recorded: 'camera',
  relative: 'relative',
};

/** One feed event as the map places it. */
export interface PlacedEvent {
  type: MarkerType;
  /** Index into layout.places of where it is drawn, or -1 for a camera post (see `camera`). */
  place: number;
  /** Index into layout.cameras when it is drawn at a camera. */
  camera: number;
  day: number;
  subject: AgentId;
  /** How many acts or people it stands for (a camera's recordings; 1 otherwise). */
  count: number;
  /** For a sanction that reached a relative: the listed person it came through. */
  via?: AgentId;
  /** The feed event's key (feedEventKey), so the feed and the map can point at each other. */
  key: string;
}

/** Events of one sort at one place: one marker. */
export interface EventGroup {
  /** Stable while the group lives: type and place. */
  id: string;
  type: MarkerType;
  place: number;
  camera: number;
  /** The newest day among its events. */
  day: number;
  /** Acts or people it stands for. */
  count: number;
  /** Subjects, newest first (clicking the marker opens the first). */
  subjects: AgentId[];
  /** Lines from the listed person to the relative the sanction reached. */
  lines: { from: AgentId; to: AgentId }[];
  keys: string[];
}

/** A feed event's identity for highlighting: its day, kind and subject. */
export function feedEventKey(event: FeedEvent): string {
  return `${event.day}:${event.kind}:${event.subject}`;
}

/** What the map needs of the town to place events. */
export interface EventPlaces {
  layout: Pick<TownLayout, 'places' | 'homePlace' | 'anchors' | 'cameras'>;
  /** District ids, in the scenario's order (the camera events name their district). */
  districtIds: readonly string[];
  /** Lists whose names are published (public naming), by id. */
  publishedLists: ReadonlySet<string>;
}

/** Where each business stands (index into places), from the layout's refs. */
export function businessPlaces(layout: Pick<TownLayout, 'places'>): Map<string, number> {
  const out = new Map<string, number>();
  layout.places.forEach((place, k) => {
    if (place.kind === 'business' && place.ref !== undefined) out.set(place.ref, k);
  });
  return out;
}

/** Home (people) or shop (businesses) of an agent: where an event with no public place is drawn. */
function homeOf(id: AgentId, layout: EventPlaces['layout'], shops: Map<string, number>): number {
  if (id.startsWith('b')) return shops.get(id) ?? -1;
  const i = Number(id.slice(1));
  return Number.isInteger(i) && i >= 0 && i < layout.homePlace.length ? layout.homePlace[i] : -1;
}

/**
 * The place each drawable event happens at, in feed order; events the map does not draw
 * (warnings, removals) and events with nowhere to go are left out.
 */
export function placeEvents(
  events: readonly FeedEvent[],
  keys: readonly string[],
  town: EventPlaces,
  shops: Map<string, number> = businessPlaces(town.layout),
): PlacedEvent[] {
  const { layout } = town;
  const anchors = layout.anchors;
  const out: PlacedEvent[] = [];
  events.forEach((event, n) => {
    const base = { day: event.day, subject: event.subject, key: keys[n], count: 1, camera: -1 };
    switch (event.kind) {
      case 'refused': {
        const { type, place } = refusalPlace(event.service, anchors);
        const at = place >= 0 ? place : homeOf(event.subject, layout, shops);
        if (at < 0) return;
        out.push({ ...base, type, place: at });
        // The sanction reached this person through a listed relative: also a line between them.
        if (event.via !== undefined && event.via !== event.subject) {
          const home = homeOf(event.subject, layout, shops);
          if (home >= 0) out.push({ ...base, type: 'relative', place: home, via: event.via });
        }
        return;
      }
      case 'listed':
      case 'wrongfulListing':
        if (event.atStart) return;
        out.push({ ...base, type: 'listed', place: anchors.townHall });
        return;
      case 'appealFiled':
        out.push({ ...base, type: 'appealFiled', place: anchors.court });
        return;
      case 'appealDecided':
        out.push({
          ...base,
          type: event.granted ? 'appealGranted' : 'appealRefused',
          place: anchors.court,
        });
        return;
      case 'recorded': {
        const district = town.districtIds.indexOf(event.district);
        const camera = layout.cameras.findIndex((c) => c.district === district);
        if (camera < 0) return;
        out.push({ ...base, type: 'recorded', place: -1, camera, count: event.count });
        return;
      }
      default:
        return;
    }
  });
  return out;
}

/** The marker type and public place of a refused service (place -1: at the subject's home). */
export function refusalPlace(
  service: string,
  anchors: TownLayout['anchors'],
): { type: MarkerType; place: number } {
  switch (service) {
    case 'flight':
      return { type: 'flight', place: anchors.airport };
    case 'train':
      return { type: 'train', place: anchors.station };
    case 'school':
      return { type: 'school', place: anchors.school };
    case 'loan':
    case 'property':
      return { type: 'service', place: anchors.bank };
    case 'job':
      return { type: 'service', place: anchors.townHall };
    default:
      return { type: 'service', place: -1 };
  }
}

/** Groups placed events by type and place, newest subjects first. */
export function groupEvents(placed: readonly PlacedEvent[]): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (let n = placed.length - 1; n >= 0; n--) {
    const event = placed[n];
    const id = `${event.type}@${event.place}/${event.camera}`;
    let group = groups.get(id);
    if (group === undefined) {
      group = {
        id,
        type: event.type,
        place: event.place,
        camera: event.camera,
        day: event.day,
        count: 0,
        subjects: [],
        lines: [],
        keys: [],
      };
      groups.set(id, group);
    }
    group.day = Math.max(group.day, event.day);
    group.count += event.count;
    if (!group.subjects.includes(event.subject)) group.subjects.push(event.subject);
    if (event.via !== undefined) group.lines.push({ from: event.via, to: event.subject });
    group.keys.push(event.key);
  }
  return [...groups.values()];
}

/**
 * Who the town hall's board names: the people and businesses on a published list now, newest
 * listing first (the feed holds the listings from day 0, those already listed then included).
 */
export function namedOnBoard(
  feed: readonly FeedEvent[],
  publishedLists: ReadonlySet<string>,
  isListed: (id: AgentId) => boolean,
): AgentId[] {
  const named: AgentId[] = [];
  const seen = new Set<AgentId>();
  for (let n = feed.length - 1; n >= 0; n--) {
    const event = feed[n];
    if (event.kind !== 'listed' && event.kind !== 'wrongfulListing') continue;
    if (!publishedLists.has(event.list) || seen.has(event.subject)) continue;
    seen.add(event.subject);
    if (isListed(event.subject)) named.push(event.subject);
  }
  return named;
}
