import { describe, expect, it } from 'vitest';
import { actSlotTotal, CIVIC_SLOT_CAP, compileScenario } from '../../src/engine/core/compile';
import { baseRate, buildActTable } from '../../src/engine/core/slots';
import { generateTown } from '../../src/engine/town/town';
import { referenceScenario, scenarioOf } from './fixtures';

describe('act slots', { timeout: 30_000 }, () => {
  const scenario = referenceScenario(800, 10);
  const compiled = compileScenario(scenario);
  const town = generateTown(scenario, 1);
  const acts = compiled.behaviours.personActs;
  const table = buildActTable(compiled.behaviours, acts, town, town.people.count, (a) => a, true);
  const stride = table.stride;

  it('lays each behaviour a fixed slot, back to back from 0: rate × traits × job × age, times its cap', () => {
    const beh = compiled.behaviours;
    const traits = [
      town.people.conscientious,
      town.people.impulsive,
      town.people.outspoken,
      town.people.civic,
    ];
    const occupations = town.occupationIds.length;
    for (let a = 0; a < town.people.count; a++) {
      const row = a * (stride + 1);
      expect(table.start[row]).toBe(0);
      for (let k = 0; k < stride; k++) {
        const b = acts[k];
        let expected =
          beh.rate[b] * beh.occupationFactor[b * occupations + town.people.occupation[a]];
        traits.forEach((t, j) => (expected *= Math.pow(beh.traitFactor[b * 4 + j], 2 * t[a] - 1)));
        if (town.people.age[a] < beh.minAge[b] || town.people.age[a] > beh.maxAge[b]) expected = 0;
        const width = table.start[row + k + 1] - table.start[row + k];
        expect(width).toBeCloseTo(expected * beh.slotCap[b], 12);
        expect(baseRate(table, a, k)).toBeCloseTo(expected, 12);
      }
      expect(table.start[row + stride]).toBeLessThanOrEqual(1);
    }
    expect(beh.slotCap[beh.ids.indexOf('volunteering')]).toBe(CIVIC_SLOT_CAP);
    expect(beh.slotCap[beh.ids.indexOf('bad_driving')]).toBe(1);
  });

  it('gives a zero rate to people outside a behaviour’s ages', () => {
    const school = Array.from(acts).indexOf(compiled.behaviours.ids.indexOf('applying_school'));
    for (let a = 0; a < town.people.count; a++) {
      const age = town.people.age[a];
      const rate = baseRate(table, a, school);
      if (age < 6 || age > 17) expect(rate).toBe(0);
      else expect(rate).toBeGreaterThan(0);
    }
  });

  it('shapes rates by traits: the most impulsive drive worst', () => {
    const driving = Array.from(acts).indexOf(compiled.behaviours.ids.indexOf('bad_driving'));
    const adults = Array.from({ length: town.people.count }, (_, i) => i).filter(
      (i) => town.people.age[i] >= 18,
    );
    const byImpulse = adults.sort(
      (x, y) => town.people.impulsive[x] - town.people.impulsive[y] || x - y,
    );
    const rate = (i: number) => baseRate(table, i, driving);
    expect(rate(byImpulse[byImpulse.length - 1])).toBeGreaterThan(rate(byImpulse[0]) * 2);
  });

  it('shrinks an overfull agent’s slots to fit one day, and the scenario-level bound reports it', () => {
    const crowded = scenarioOf({
      behaviours: [
        { id: 'a', label: 'A', kind: 'harmful', rate: 0.5, place: 'street', minAge: 0 },
        { id: 'b', label: 'B', kind: 'civic', rate: 0.5, place: 'street', minAge: 0 },
      ],
    });
    expect(actSlotTotal(crowded).person).toBeCloseTo(0.5 + 0.5 * CIVIC_SLOT_CAP, 12);
    const c = compileScenario(crowded);
    const t = generateTown(crowded, 2);
    const full = buildActTable(
      c.behaviours,
      c.behaviours.personActs,
      t,
      t.people.count,
      (a) => a,
      true,
    );
    for (let a = 0; a < t.people.count; a++) expect(full.start[a * 3 + 2]).toBeCloseTo(1, 12);
  });
});
