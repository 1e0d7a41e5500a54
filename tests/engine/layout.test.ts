import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../src/engine/town/layout';
import { generateTown, WORK_OFFICE, WORK_SCHOOL } from '../../src/engine/town/town';
import { scenarioOf } from './fixtures';

describe('town layout', { timeout: 30_000 }, () => {
  const scenario = scenarioOf({ town: { population: 1200 } });
  const town = generateTown(scenario, 3);
  const { map, places } = buildLayout(scenario, town);

  it('tiles districts as non-overlapping rectangles inside the grid', () => {
    const cells = new Set<string>();
    for (const d of map.districts) {
      expect(d.x + d.w).toBeLessThanOrEqual(map.width);
      expect(d.y + d.h).toBeLessThanOrEqual(map.height);
      for (let x = d.x; x < d.x + d.w; x++)
        for (let y = d.y; y < d.y + d.h; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
    }
  });

  it('puts each home in its household’s district and each place in its own cell', () => {
    const used = new Set<string>();
    for (const place of map.places) {
      expect(used.has(`${place.x},${place.y}`)).toBe(false);
      used.add(`${place.x},${place.y}`);
    }
    for (let i = 0; i < town.people.count; i++) {
      const home = map.places[map.homePlace[i]];
      expect(home.kind).toBe('home');
      expect(home.ref).toBe(String(town.people.household[i]));
      const d = map.districts[town.people.district[i]];
      expect(home.x).toBeGreaterThanOrEqual(d.x);
      expect(home.x).toBeLessThan(d.x + d.w);
      expect(home.y).toBeGreaterThanOrEqual(d.y);
      expect(home.y).toBeLessThan(d.y + d.h);
    }
  });

  it('sends pupils to school, executives to the office and workers to a business', () => {
    for (let i = 0; i < town.people.count; i++) {
      const work = town.people.work[i];
      const kind = map.places[map.dayPlace[i]].kind;
      if (work === WORK_SCHOOL) expect(kind).toBe('school');
      else if (work === WORK_OFFICE) expect(kind).toBe('town_hall');
      else if (work >= 0) expect(map.dayPlace[i]).toBe(places.business[work]);
      else expect(kind).toBe('home');
    }
    for (const k of ['school', 'station', 'airport', 'bank', 'court'] as const)
      expect(map.places[places[k]].kind).toBe(k);
    expect(map.places[places.office].kind).toBe('town_hall');
    // Left out, the places are today's six, one to each district in turn, and no cameras.
    const kinds = map.places.filter((p) => !['home', 'business', 'square'].includes(p.kind));
    expect(kinds.map((p) => p.kind)).toEqual([
      'school',
      'station',
      'airport',
      'bank',
      'court',
      'town_hall',
    ]);
    expect(map.cameras).toEqual([]);
    expect(map.anchors).toEqual({
      school: places.school,
      station: places.station,
      airport: places.airport,
      bank: places.bank,
      court: places.court,
      townHall: places.office,
    });
  });
});

describe('a town whose scenario names its districts, places and cameras', () => {
  const districts = [
    { id: 'market_row', name: 'Market Row', share: 60, coverage: 0.5, cameras: 5 },
    { id: 'mill_side', name: 'Mill Side', share: 40, coverage: 0.2 },
  ];
  const scenario = scenarioOf({
    town: {
      population: 400,
      districts,
      places: [
        { kind: 'market', district: 'market_row' },
        { kind: 'factory', district: 'mill_side' },
        { kind: 'station', district: 'mill_side' },
        { kind: 'town_hall' },
      ],
    },
  });
  const town = generateTown(scenario, 5);
  const { map, places } = buildLayout(scenario, town);
  const inside = (p: { x: number; y: number }, k: number) => {
    const d = map.districts[k];
    return p.x >= d.x && p.x < d.x + d.w && p.y >= d.y && p.y < d.y + d.h;
  };

  it('draws the declared places in their districts, and only those', () => {
    const publicPlaces = map.places.filter((p) => !['home', 'business', 'square'].includes(p.kind));
    expect(publicPlaces.map((p) => p.kind)).toEqual(['market', 'factory', 'station', 'town_hall']);
    expect(inside(publicPlaces[0], 0)).toBe(true);
    expect(inside(publicPlaces[1], 1)).toBe(true);
    expect(inside(publicPlaces[2], 1)).toBe(true);
    // Without a district, the first place in turn goes to the first district.
    expect(inside(publicPlaces[3], 0)).toBe(true);
    expect(map.districts.map((d) => d.name)).toEqual(['Market Row', 'Mill Side']);
  });

  it('stands a missing place in with another: no airport flies from the station', () => {
    const kind = (k: number) => map.places[k].kind;
    expect(kind(map.anchors.airport)).toBe('station');
    expect(kind(map.anchors.station)).toBe('station');
    expect(kind(map.anchors.school)).toBe('town_hall');
    expect(kind(map.anchors.bank)).toBe('town_hall');
    expect(kind(map.anchors.court)).toBe('town_hall');
    expect(places.airport).toBe(map.anchors.airport);
    // No school: pupils spend the day at home.
    for (let i = 0; i < town.people.count; i++)
      if (town.people.work[i] === WORK_SCHOOL) expect(map.dayPlace[i]).toBe(map.homePlace[i]);
  });

  it('puts each district’s camera posts inside it', () => {
    expect(map.cameras).toHaveLength(5);
    for (const camera of map.cameras) {
      expect(camera.district).toBe(0);
      const d = map.districts[0];
      expect(camera.x).toBeGreaterThanOrEqual(d.x);
      expect(camera.x).toBeLessThanOrEqual(d.x + d.w);
      expect(camera.y).toBeGreaterThanOrEqual(d.y);
      expect(camera.y).toBeLessThanOrEqual(d.y + d.h);
    }
  });
});
