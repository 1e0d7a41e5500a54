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
      else if (work === WORK_OFFICE) expect(kind).toBe('office');
      else if (work >= 0) expect(map.dayPlace[i]).toBe(places.business[work]);
      else expect(kind).toBe('home');
    }
    for (const k of ['school', 'station', 'airport', 'bank', 'court', 'office'] as const)
      expect(map.places[places[k]].kind).toBe(k);
  });
});
