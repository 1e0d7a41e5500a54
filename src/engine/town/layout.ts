/**
 * The town map, fixed for a run: districts tile a grid of cells as rectangles sized by what they hold;
 * inside each, the public places it hosts, its square, its businesses and one home per household.
 */
import type { Scenario } from '../../scenario/schema';
import { DEFAULT_PUBLIC_PLACES } from '../../scenario/townPlaces';
import type { TownLayout } from '../types';
import { WORK_OFFICE, WORK_SCHOOL, type Town } from './town';

type PlaceKind = TownLayout['places'][number]['kind'];

/** Place indices the systems need besides homes and businesses. */
export interface PlaceIndex {
  school: number;
  station: number;
  airport: number;
  bank: number;
  court: number;
  office: number;
  /** The square of each district. */
  square: Int32Array;
  /** The place of each business. */
  business: Int32Array;
}

export interface Layout {
  map: TownLayout;
  places: PlaceIndex;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Split the grid into columns of stacked rectangles, one per district, each big enough for its cells. */
function tile(needed: number[]): { rects: Rect[]; width: number; height: number } {
  const d = needed.length;
  const total = needed.reduce((s, x) => s + x, 0);
  const height = Math.max(4, Math.ceil(Math.sqrt(total * 1.25)));
  const columns = Math.ceil(Math.sqrt(d));
  const perColumn = Math.ceil(d / columns);
  const rects: Rect[] = [];
  let x = 0;
  for (let first = 0; first < d; first += perColumn) {
    const members = needed.slice(first, Math.min(d, first + perColumn));
    const sum = members.reduce((s, v) => s + v, 0) || 1;
    const heights = members.map((v) => Math.max(1, Math.round((height * v) / sum)));
    const rest = height - heights.slice(0, -1).reduce((s, v) => s + v, 0);
    heights[heights.length - 1] = Math.max(1, rest);
    const width = Math.max(1, ...members.map((v, k) => Math.ceil(v / heights[k])));
    let y = 0;
    members.forEach((_, k) => {
      rects.push({ x, y, w: width, h: heights[k] });
      y += heights[k];
    });
    x += width;
  }
  return { rects, width: x, height: Math.max(height, ...rects.map((r) => r.y + r.h)) };
}

/** Lay out the town deterministically from its generated structure. */
export function buildLayout(scenario: Scenario, town: Town): Layout {
  const districts = scenario.town.districts;
  const d = districts.length;
  const { people, households, businesses } = town;
  // The scenario's public places (or today's six), each in its district or the next in turn.
  const declared: { kind: PlaceKind; district?: string }[] =
    scenario.town.places ?? DEFAULT_PUBLIC_PLACES.map((kind) => ({ kind }));
  let turn = 0;
  const publicDistrict = declared.map((place) => {
    const k =
      place.district === undefined ? -1 : districts.findIndex((x) => x.id === place.district);
    return k >= 0 ? k : turn++ % d;
  });
  const needed = new Array<number>(d).fill(1);
  for (let h = 0; h < households.count; h++) needed[households.district[h]]++;
  for (let k = 0; k < businesses.count; k++) needed[businesses.district[k]]++;
  publicDistrict.forEach((k) => needed[k]++);
  const { rects, width, height } = tile(needed);

  const places: TownLayout['places'] = [];
  const cursor = new Array<number>(d).fill(0);
  const put = (district: number, kind: PlaceKind, ref?: string, sector?: number): number => {
    const r = rects[district];
    const cell = cursor[district]++ % (r.w * r.h);
    places.push({
      kind,
      x: r.x + (cell % r.w),
      y: r.y + Math.floor(cell / r.w),
      ...(ref === undefined ? {} : { ref }),
      ...(sector === undefined ? {} : { sector }),
    });
    return places.length - 1;
  };
  const publicIndex = declared.map((place, k) => put(publicDistrict[k], place.kind));
  const square = Int32Array.from(districts.map((_, k) => put(k, 'square')));
  const first = (kind: PlaceKind) => {
    const k = declared.findIndex((place) => place.kind === kind);
    return k < 0 ? -1 : publicIndex[k];
  };
  /** The first of these kinds the town has, else the first district's square. */
  const standIn = (...kinds: PlaceKind[]) => {
    for (const kind of kinds) if (first(kind) >= 0) return first(kind);
    return square[0];
  };
  const anchors: TownLayout['anchors'] = {
    school: standIn('school', 'town_hall'),
    station: standIn('station', 'airport', 'town_hall'),
    airport: standIn('airport', 'station', 'town_hall'),
    bank: standIn('bank', 'town_hall'),
    court: standIn('court', 'town_hall'),
    townHall: standIn('town_hall'),
  };
  const business = new Int32Array(businesses.count);
  for (let k = 0; k < businesses.count; k++)
    business[k] = put(businesses.district[k], 'business', `b${k}`, businesses.sector[k]);
  const homeOf = new Int32Array(households.count);
  for (let h = 0; h < households.count; h++)
    homeOf[h] = put(households.district[h], 'home', String(h));

  const index: PlaceIndex = { ...anchors, office: anchors.townHall, square, business };
  // Without a school children spend the day at home (a school refusal still shows at a stand-in).
  const school = first('school');
  const homePlace = new Int32Array(people.count);
  const dayPlace = new Int32Array(people.count);
  for (let i = 0; i < people.count; i++) {
    homePlace[i] = homeOf[people.household[i]];
    const work = people.work[i];
    dayPlace[i] =
      work >= 0
        ? business[work]
        : work === WORK_SCHOOL
          ? school >= 0
            ? school
            : homePlace[i]
          : work === WORK_OFFICE
            ? index.office
            : homePlace[i];
  }
  const map: TownLayout = {
    width,
    height,
    districts: districts.map((dist, k) => ({
      id: dist.id,
      name: dist.name,
      ...rects[k],
      coverage: dist.coverage,
    })),
    places,
    anchors,
    cameras: districts.flatMap((dist, k) => cameraPosts(rects[k], dist.cameras ?? 0, k)),
    homePlace,
    dayPlace,
  };
  return { map, places: index };
}

/** `count` camera posts spread over a district on the corners between its cells. */
function cameraPosts(r: Rect, count: number, district: number): TownLayout['cameras'] {
  const columns = Math.max(1, Math.ceil(Math.sqrt((count * r.w) / Math.max(1, r.h))));
  const rows = Math.max(1, Math.ceil(count / columns));
  const posts: TownLayout['cameras'] = [];
  for (let c = 0; c < count; c++) {
    const x = r.x + Math.round((((c % columns) + 0.5) * r.w) / columns);
    const y = r.y + Math.round(((Math.floor(c / columns) + 0.5) * r.h) / rows);
    posts.push({ x: Math.min(r.x + r.w - 0.5, Math.max(r.x + 0.5, x)), y, district });
  }
  return posts;
}
