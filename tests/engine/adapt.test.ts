import { describe, expect, it } from 'vitest';
import { adapt } from '../../src/engine/systems/adapt';
import { createSimulation, simulationState } from '../../src/engine/index';
import { referenceScenario, scenarioOf, total } from './fixtures';

describe('adapt', { timeout: 30_000 }, () => {
  const fresh = () =>
    simulationState(
      createSimulation(
        scenarioOf({
          ruleset: { adaptation: { punished: 0.5, witnessed: 0.1, recoveryPerDay: 0.1 } },
        }),
      ),
    );

  it('raises the fear of the punished, then lets it fade', () => {
    const s = fresh();
    s.punishedToday.push(3);
    adapt(s);
    expect(s.fear[3]).toBeCloseTo(0.5 * 0.9, 6);
    adapt(s);
    expect(s.fear[3]).toBeCloseTo(0.5 * 0.9 * 0.9, 6);
    for (let k = 0; k < 5; k++) s.punishedToday.push(4);
    adapt(s);
    expect(s.fear[4]).toBeCloseTo(0.9, 6);
  });

  it('raises friends’ and household’s fear once a day when someone is punished in sight; neighbours when named', () => {
    const s = fresh();
    const i = 50;
    s.witnessedToday.push(i);
    s.witnessedToday.push(i);
    adapt(s);
    const { offsets, indices } = s.town.friends;
    for (let k = offsets[i]; k < offsets[i + 1]; k++)
      expect(s.fear[indices[k]]).toBeCloseTo(0.1 * 0.9, 6);
    expect(s.fear[i]).toBe(0);
    const h = s.town.people.household[i];
    const nextDoor = s.town.households.start[h + 1];
    const named = fresh();
    named.namedToday.push(i);
    adapt(named);
    expect(named.fear[nextDoor]).toBeGreaterThan(0);
  });

  it('chills unscored speech under opaque rules (score only), not under transparent ones (reasons)', () => {
    const base = referenceScenario(1500, 200);
    const unscored = base.ruleset.rules.filter((r) => r.on !== 'posting_criticism');
    const speechUnder = (disclosure: 'reasons' | 'score', punished: number) => {
      const sim = createSimulation(
        referenceScenario(1500, 200, {
          ruleset: {
            rules: unscored,
            opacity: { disclosure },
            adaptation: { punished, witnessed: punished / 3, recoveryPerDay: 0.002 },
          },
        }),
      );
      sim.run(200);
      return { speech: total(sim, 'speechActs'), fear: sim.summary().finalMeanFear };
    };
    const calm = speechUnder('reasons', 0);
    const open = speechUnder('reasons', 0.8);
    const opaque = speechUnder('score', 0.8);
    expect(open.fear).toBeGreaterThan(0.01);
    expect(open.speech).toBe(calm.speech);
    expect(opaque.speech).toBeLessThan(open.speech * 0.98);
  });

  it('deters the punished acts under transparent rules', () => {
    const harm = (punished: number) => {
      const sim = createSimulation(
        referenceScenario(1500, 200, {
          ruleset: { adaptation: { punished, witnessed: punished / 2 } },
        }),
      );
      sim.run(200);
      return total(sim, 'harmfulActs');
    };
    expect(harm(1)).toBeLessThan(harm(0));
  });
});
