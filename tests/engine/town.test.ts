import { describe, expect, it } from 'vitest';
import {
  generateTown,
  personName,
  ROLE_CHILD,
  ROLE_ELDER,
  ROLE_HEAD,
  ROLE_SPOUSE,
  WORK_SCHOOL,
} from '../../src/engine/town/town';
import { scenarioOf } from './fixtures';

const scenario = scenarioOf({
  town: { population: 1500, names: { surnames: 20, givenNames: 30 } },
});
const town = generateTown(scenario, 11);
const p = town.people;

describe('town generation', { timeout: 30_000 }, () => {
  it('makes exactly the population, in contiguous households with one head each', () => {
    expect(p.count).toBe(1500);
    const h = town.households;
    expect(h.start[0]).toBe(0);
    expect(h.start[h.count]).toBe(1500);
    for (let k = 0; k < h.count; k++) {
      expect(p.role[h.start[k]]).toBe(ROLE_HEAD);
      for (let i = h.start[k]; i < h.start[k + 1]; i++) {
        expect(p.household[i]).toBe(k);
        expect(p.district[i]).toBe(h.district[k]);
      }
    }
  });

  it('gives children school age or younger, adults jobs, the elderly retirement', () => {
    const ids = town.occupationIds;
    for (let i = 0; i < p.count; i++) {
      const occ = ids[p.occupation[i]];
      if (p.role[i] === ROLE_CHILD) expect(p.age[i]).toBeLessThan(18);
      if (p.role[i] === ROLE_ELDER) expect(p.age[i]).toBeGreaterThanOrEqual(65);
      if (p.role[i] === ROLE_SPOUSE) expect(p.age[i]).toBeGreaterThanOrEqual(18);
      if (p.age[i] >= 6 && p.age[i] < 18) {
        expect(occ).toBe('student');
        expect(p.work[i]).toBe(WORK_SCHOOL);
      }
      if (p.age[i] >= 65) expect(occ).toBe('retired');
      if (p.age[i] >= 18 && p.age[i] < 65)
        expect(scenario.town.occupations.map((o) => o.id)).toContain(occ);
      if (p.age[i] < 18) expect(p.income[i]).toBe(0);
      for (const t of [p.conscientious, p.impulsive, p.outspoken, p.civic]) {
        expect(t[i]).toBeGreaterThanOrEqual(0);
        expect(t[i]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('pays richer districts more for the same job', () => {
    const districts = scenario.town.districts;
    const rich = districts.findIndex(
      (d) => d.wealth === Math.max(...districts.map((x) => x.wealth)),
    );
    const poor = districts.findIndex(
      (d) => d.wealth === Math.min(...districts.map((x) => x.wealth)),
    );
    const mean = (d: number) => {
      let sum = 0;
      let n = 0;
      for (let i = 0; i < p.count; i++)
        if (p.district[i] === d && town.occupationIds[p.occupation[i]] === 'worker') {
          sum += p.income[i];
          n++;
        }
      return sum / n;
    };
    expect(mean(rich)).toBeGreaterThan(mean(poor));
  });

  it('builds a symmetric friendship network without self-loops or duplicates, near the mean degree', () => {
    const { offsets, indices } = town.friends;
    const edges = new Set<string>();
    for (let i = 0; i < p.count; i++)
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const j = indices[k];
        expect(j).not.toBe(i);
        expect(edges.has(`${i}-${j}`)).toBe(false);
        edges.add(`${i}-${j}`);
      }
    for (const e of edges) {
      const [i, j] = e.split('-');
      expect(edges.has(`${j}-${i}`)).toBe(true);
    }
    const meanDegree = indices.length / p.count;
    expect(meanDegree).toBeGreaterThan(7);
    expect(meanDegree).toBeLessThanOrEqual(8);
  });

  it('groups people who share a full name, and with few names many do', () => {
    const { offsets, indices, groupOf } = town.sameName;
    let shared = 0;
    for (let g = 0; g + 1 < offsets.length; g++) {
      const members = Array.from(indices.subarray(offsets[g], offsets[g + 1]));
      for (const m of members) {
        expect(groupOf[m]).toBe(g);
        expect(personName(town, m)).toBe(personName(town, members[0]));
      }
      if (members.length > 1) shared += members.length;
    }
    expect(new Set(Array.from({ length: p.count }, (_, i) => personName(town, i))).size).toBe(
      offsets.length - 1,
    );
    expect(shared).toBeGreaterThan(p.count / 2);
  });

  it('gives every business an adult owner in the owner’s district', () => {
    const b = town.businesses;
    expect(b.count).toBe(scenario.town.businesses.count);
    for (let k = 0; k < b.count; k++) {
      expect(p.age[b.owner[k]]).toBeGreaterThanOrEqual(18);
      expect(b.district[k]).toBe(p.district[b.owner[k]]);
      expect(b.size[k]).toBeGreaterThanOrEqual(1);
    }
  });

  it('is the same town for the same seed, another for another seed', () => {
    const again = generateTown(scenario, 11);
    expect(Array.from(again.people.age)).toEqual(Array.from(p.age));
    expect(Array.from(again.friends.indices)).toEqual(Array.from(town.friends.indices));
    const other = generateTown(scenario, 12);
    expect(Array.from(other.people.age)).not.toEqual(Array.from(p.age));
  });
});
