import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import { gradeOf } from '../../src/engine/core/compile';
import { setScore } from '../../src/engine/systems/score';
import { entriesOf, littering, scenarioOf } from './fixtures';

const fullCamera = {
  sources: [{ id: 'cam', label: 'Cam', sees: ['street' as const], coverage: 1 }],
};
const rule = (extra: object) => ({
  id: 'fine',
  on: 'littering',
  points: -30,
  area: 'societal' as const,
  reason: 'Littering.',
  ...extra,
});

describe('ledger scoring', { timeout: 30_000 }, () => {
  it('applies each rule’s points per record, within [min, max], and tells per the opacity setting', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: fullCamera,
        ruleset: {
          scoring: { start: 100, min: 0, max: 200 },
          rules: [rule({})],
          opacity: { disclosure: 'score' },
        },
      }),
    );
    sim.run(60);
    for (let i = 0; i < sim.peopleCount; i++) {
      const d = sim.dossier(`p${i}`)!;
      const records = d.timeline.filter((e) => e.type === 'observed').length;
      const fired = d.timeline.filter((e) => e.type === 'rule');
      expect(fired.length).toBe(records);
      for (const e of fired) if (e.type === 'rule') expect(e.told).toBe(false);
      expect(d.scoreHistory[59]).toBe(Math.max(0, 100 - 30 * records));
    }
    expect(entriesOf(sim, 'rule').length).toBeGreaterThan(0);
  });

  it('honours a rule’s own `told` over the opacity setting', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: fullCamera,
        ruleset: { rules: [rule({ told: true })], opacity: { disclosure: 'nothing' } },
      }),
    );
    sim.run(20);
    const fired = entriesOf(sim, 'rule');
    expect(fired.length).toBeGreaterThan(0);
    for (const { entry } of fired) expect(entry.told).toBe(true);
  });

  it('caps the grade when a rule says so', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: fullCamera,
        ruleset: { rules: [rule({ points: 0, capGrade: 'C' })] },
      }),
    );
    sim.run(20);
    const fired = entriesOf(sim, 'rule');
    expect(fired.length).toBeGreaterThan(0);
    for (const { entry } of fired) expect(entry.score).toBe(849);
  });

  it('fires a conditional rule only when its condition holds (the third record in 30 days)', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [{ ...littering, rate: 0.1 }],
        surveillance: fullCamera,
        ruleset: { rules: [rule({ when: 'record.count30 >= 3' })] },
      }),
    );
    sim.run(30);
    for (let i = 0; i < sim.peopleCount; i++) {
      const t = sim.dossier(`p${i}`)!.timeline;
      const observed = t.filter((e) => e.type === 'observed').length;
      expect(t.filter((e) => e.type === 'rule').length).toBe(Math.max(0, observed - 2));
    }
  });

  it('recovers toward the start score by recoveryPerDay', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [{ ...littering, rate: 0 }],
        surveillance: fullCamera,
        ruleset: { scoring: { start: 1000, recoveryPerDay: 2 } },
      }),
    );
    const s = simulationState(sim);
    setScore(s, 0, 990);
    setScore(s, 1, 1005);
    sim.run(3);
    expect(s.score[0]).toBe(996);
    expect(s.score[1]).toBe(1000);
    expect(s.score[2]).toBe(1000);
  });

  it('bands scores into grades and notes each change', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: fullCamera,
        ruleset: { rules: [rule({ points: -60 })] },
      }),
    );
    const s = simulationState(sim);
    sim.run(60);
    for (let a = 0; a < s.agents; a++)
      expect(s.grade[a]).toBe(gradeOf(s.compiled.grades, s.score[a]));
    const changes = entriesOf(sim, 'grade');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.some(({ entry }) => entry.from === 'A' && entry.to === 'B')).toBe(true);
  });
});

describe('weighted scoring', { timeout: 30_000 }, () => {
  const weighted = (rate: number) =>
    scenarioOf({
      town: { population: 400 },
      behaviours: [{ ...littering, rate }],
      surveillance: fullCamera,
      ruleset: {
        scoring: {
          model: 'weighted',
          min: 350,
          max: 950,
          start: 650,
          factors: [
            { id: 'history', label: 'Credit history', weight: 0.5, from: 'record' },
            {
              id: 'relationships',
              label: 'Interpersonal relationships',
              weight: 0.5,
              from: 'friends',
            },
          ],
        },
      },
    });

  it('keeps scores within [min, max] and lowers them with a record', () => {
    const sim = createSimulation(weighted(0.05));
    const s = simulationState(sim);
    sim.run(30);
    for (let a = 0; a < s.agents; a++) {
      expect(s.score[a]).toBeGreaterThanOrEqual(350);
      expect(s.score[a]).toBeLessThanOrEqual(950);
    }
    expect(sim.summary().finalMeanScore).toBeLessThan(sim.metrics().meanScore[0]);
  });

  it('spills through friendships: a clean record scores lower among friends with records', () => {
    const clean = createSimulation(weighted(0));
    const dirty = createSimulation(weighted(0.05));
    clean.run(30);
    dirty.run(30);
    const sd = simulationState(dirty);
    const sc = simulationState(clean);
    let spilled = 0;
    for (let i = 0; i < sd.people; i++)
      if (sd.records.head[i] < 0 && sd.score[i] < sc.score[i] - 1) spilled++;
    expect(spilled).toBeGreaterThan(0);
  });
});
